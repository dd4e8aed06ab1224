package org.peristiwa.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-style NER files: one token a line, the token in the first column and its tag in the last
 * (columns split by tabs or spaces; other columns such as a PoS tag are ignored), sentences separated by
 * blank lines; {@code -DOCSTART-} lines are skipped. Tags are mapped to PER/ORG/LOC by
 * {@link BioTags#canonicalTag}; tags of other types become O.
 */
public final class ConllReader {

    private ConllReader() {}

    public static List<ConllSentence> read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    public static List<ConllSentence> read(Reader reader, String name) throws IOException {
        BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<ConllSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                flush(tokens, tags, out);
                continue;
            }
            String[] cols = trimmed.split("[\\t ]+");
            if (cols[0].equals("-DOCSTART-")) {
                flush(tokens, tags, out);
                continue;
            }
            if (cols.length < 2) {
                throw new IOException(name + ":" + lineNo + ": expected a token and a tag, got '" + trimmed + "'");
            }
            tokens.add(cols[0]);
            tags.add(BioTags.canonicalTag(cols[cols.length - 1]));
        }
        flush(tokens, tags, out);
        return out;
    }

    /** Reads several files in the order given. */
    public static List<ConllSentence> readAll(List<Path> files) {
        List<ConllSentence> out = new ArrayList<>();
        for (Path p : files) {
            try {
                out.addAll(read(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static void flush(List<String> tokens, List<String> tags, List<ConllSentence> out) {
        if (!tokens.isEmpty()) out.add(new ConllSentence(tokens, tags));
        tokens.clear();
        tags.clear();
    }
}
