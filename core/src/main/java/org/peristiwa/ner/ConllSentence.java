package org.peristiwa.ner;

import java.util.List;

/** One sentence of a CoNLL file: its tokens and their BIO tags (already mapped to PER/ORG/LOC or O). */
public record ConllSentence(List<String> tokens, List<String> tags) {

    public ConllSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) throw new IllegalArgumentException("tokens and tags differ in size");
    }

    public int size() {
        return tokens.size();
    }

    public List<Entity> entities() {
        return BioTags.chunks(tags);
    }
}
