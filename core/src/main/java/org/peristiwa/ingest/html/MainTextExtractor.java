package org.peristiwa.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a news page: the article's paragraphs without navigation, advertising, related
 * links, share widgets or comments. The page is cleaned ({@link Cleaner}), the article's element found by
 * paragraph scoring ({@link ContentScorer}) and widened to its siblings that read as article text, and its
 * blocks written out without the link lists and headline that sit inside it. Modifies the document it is given.
 */
public final class MainTextExtractor {

    private MainTextExtractor() {}

    /** The main text's paragraphs, in page order (empty when the page holds no text). */
    public static List<String> paragraphs(Document doc) {
        Element body = doc.body();
        if (body == null) return List.of();
        Cleaner.removeJunk(body);
        Cleaner.removeFurniture(body, new NodeStats(body));
        NodeStats stats = new NodeStats(body);
        ContentScorer scorer = new ContentScorer(stats);
        Element top = scorer.best(body);
        List<Element> parts = top == null ? List.of(body) : withSiblings(top, scorer, stats);
        List<BlockWriter.Block> blocks = new ArrayList<>();
        for (Element part : parts) blocks.addAll(BlockWriter.write(part));
        return BlockFilter.filter(blocks);
    }

    /** The article's element and those of its siblings that read as part of it. */
    private static List<Element> withSiblings(Element top, ContentScorer scorer, NodeStats stats) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) return List.of(top);
        double topScore = scorer.score(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? topScore * 0.2 : 0;
            if (scorer.score(sib) + bonus >= threshold) {
                out.add(sib);
            } else if (sib.normalName().equals("p")) {
                NodeStats.Stat s = stats.of(sib);
                double ld = s.linkDensity();
                String text = sib.text();
                if (s.text > 80 && ld < 0.25 || s.text > 0 && s.text <= 80 && ld == 0 && text.matches("(?s).*\\.( |$).*")) {
                    out.add(sib);
                }
            }
        }
        return out;
    }
}
