package org.peristiwa.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps the blocks of the article's element that read as its text, judging each block with its neighbours
 * (as jusText does): a long block of prose with few links is good; a block mostly of link text is bad; a short
 * block (a heading, a one-line paragraph, a teaser's title) is kept only between good blocks, so that the run of
 * teasers, bylines and "recent articles" that follows the last paragraph is dropped.
 */
final class BlockFilter {

    private enum Kind { GOOD, SHORT, BAD }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。？！…][\"'”’»)\\]]*(\\s|$)");

    private BlockFilter() {}

    static List<String> filter(List<BlockWriter.Block> blocks) {
        int n = blocks.size();
        Kind[] kinds = new Kind[n];
        for (int i = 0; i < n; i++) kinds[i] = classify(blocks.get(i));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BlockWriter.Block b = blocks.get(i);
            boolean keep = switch (kinds[i]) {
                case GOOD -> true;
                case BAD -> false;
                case SHORT -> {
                    Kind prev = neighbour(kinds, i, -1), next = neighbour(kinds, i, +1);
                    // a heading introduces what follows: not the last line
                    if (Tags.HEADINGS.contains(b.tag())) yield next == Kind.GOOD;
                    // before the first paragraph: bylines, kickers, dates
                    if (prev == null && next != null) yield SENTENCE_END.matcher(b.text()).find() || b.text().length() > 60;
                    yield true;
                }
            };
            if (keep) out.add(b.text());
        }
        return out;
    }

    private static Kind classify(BlockWriter.Block b) {
        if (b.tag().equals("h1")) return Kind.BAD;
        double ld = b.linkDensity();
        if (ld > 0.5) return Kind.BAD;
        int len = b.text().length();
        if (Tags.HEADINGS.contains(b.tag())) return Kind.SHORT;
        if (ld < 0.35 && (len >= 150 || len >= 60 && SENTENCE_END.matcher(b.text()).find())) return Kind.GOOD;
        return Kind.SHORT;
    }

    private static Kind neighbour(Kind[] kinds, int i, int step) {
        for (int j = i + step; j >= 0 && j < kinds.length; j += step) {
            if (kinds[j] != Kind.SHORT) return kinds[j];
        }
        return null;
    }

    private static int nextGoodDistance(Kind[] kinds, int i) {
        for (int j = i + 1; j < kinds.length; j++) if (kinds[j] == Kind.GOOD) return j - i;
        return Integer.MAX_VALUE;
    }
}
