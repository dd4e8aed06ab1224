package org.peristiwa.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds training sentences that overlap an evaluation set: a sentence overlaps when it shares a run of
 * {@link #N} lower-cased tokens with an evaluation sentence, or equals one (sentences shorter than N).
 * Corpora built from the same news overlap (IndoNLU NERP holds many idner-news-2k sentences), so training on
 * one and scoring on the other overstates the score unless such sentences are dropped first.
 */
public final class Overlap {

    public static final int N = 8;

    private final Set<String> grams = new HashSet<>();

    public Overlap(List<ConllSentence> evaluation) {
        for (ConllSentence s : evaluation) grams.addAll(grams(s));
    }

    public boolean overlaps(ConllSentence s) {
        for (String g : grams(s)) if (grams.contains(g)) return true;
        return false;
    }

    /** The sentences that do not overlap the evaluation set. */
    public List<ConllSentence> without(List<ConllSentence> sentences) {
        List<ConllSentence> out = new ArrayList<>();
        for (ConllSentence s : sentences) if (!overlaps(s)) out.add(s);
        return out;
    }

    private static List<String> grams(ConllSentence s) {
        List<String> lower = NameLexicon.lowerAll(s.tokens());
        List<String> out = new ArrayList<>();
        if (lower.size() < N) {
            out.add(String.join(" ", lower));
        } else {
            for (int i = 0; i + N <= lower.size(); i++) out.add(String.join(" ", lower.subList(i, i + N)));
        }
        return out;
    }
}
