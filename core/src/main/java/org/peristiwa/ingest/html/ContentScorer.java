package org.peristiwa.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article, in the manner of Arc90's Readability: every paragraph-like block
 * scores its parent (fully), grandparent (half) and further ancestors (less), by its length and commas; an
 * ancestor starts from a score for its tag and for its class and id names; scores are discounted by link
 * density. The best ancestor, widened to a common ancestor when close rivals share one, is the article.
 */
final class ContentScorer {

    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;

    private final NodeStats stats;
    private final Map<Element, double[]> scores = new IdentityHashMap<>();

    ContentScorer(NodeStats stats) {
        this.stats = stats;
    }

    /** The article's element, or null when no paragraph is long enough to score. */
    Element best(Element root) {
        for (Element e : root.getAllElements()) {
            String tag = e.normalName();
            NodeStats.Stat s = stats.of(e);
            boolean paragraph = tag.equals("p") || tag.equals("pre") || tag.equals("td") && !s.hasBlock
                    || (tag.equals("div") || tag.equals("section") || tag.equals("article") || tag.equals("span")
                    || tag.equals("font") || tag.equals("blockquote")) && !s.hasBlock;
            int len;
            int commas;
            Element first;
            if (paragraph) {
                len = s.text;
                commas = s.commas;
                first = e.parent();
            } else if (s.hasBlock && s.inlineText >= MIN_PARAGRAPH && !tag.equals("body") && !tag.equals("html")
                    && !Tags.HEADINGS.contains(tag) && !tag.equals("li") && !tag.equals("a")) {
                // text written straight into a block that also holds blocks: a paragraph of its own
                len = s.inlineText;
                commas = s.inlineCommas;
                first = e;
            } else {
                continue;
            }
            if (len < MIN_PARAGRAPH || first == null) continue;
            double score = 1 + commas + Math.min(len / 100, 3);
            Element a = first;
            for (int level = 0; a != null && level < ANCESTOR_LEVELS; level++, a = a.parent()) {
                if (a.normalName().equals("#root")) break;
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                candidate(a)[0] += score / divider;
            }
        }
        List<Element> ranked = new ArrayList<>(scores.keySet());
        if (ranked.isEmpty()) return null;
        Map<Element, Double> finalScore = new IdentityHashMap<>();
        for (Element e : ranked) finalScore.put(e, scores.get(e)[0] * (1 - stats.of(e).linkDensity()));
        ranked.sort((x, y) -> Double.compare(finalScore.get(y), finalScore.get(x)));
        Element top = ranked.get(0);
        double topScore = finalScore.get(top);
        // close rivals sharing an ancestor: the article is their common ancestor
        List<Element> rivals = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (finalScore.get(ranked.get(i)) >= topScore * 0.75) rivals.add(ranked.get(i));
        }
        if (rivals.size() >= 3) {
            for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
                int containing = 0;
                for (Element r : rivals) if (isAncestor(p, r)) containing++;
                if (containing >= 3) {
                    top = p;
                    break;
                }
            }
        }
        // climb while the parent scores about as well (the article is split in parts)
        double last = finalScore.getOrDefault(top, topScore);
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            Double ps = finalScore.get(p);
            if (ps == null) continue;
            if (ps < threshold) break;
            if (ps > last) {
                top = p;
                break;
            }
            last = ps;
        }
        // an only child says nothing its parent does not
        while (top.parent() != null && !top.parent().normalName().equals("body") && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    double score(Element e) {
        double[] s = scores.get(e);
        return s == null ? 0 : s[0] * (1 - stats.of(e).linkDensity());
    }

    private double[] candidate(Element e) {
        return scores.computeIfAbsent(e, k -> new double[] {initial(k)});
    }

    private static double initial(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article") || "articleBody".equals(e.attr("itemprop"))) s += 10;
        return s + BoilerplateNames.weight(e);
    }

    private static boolean isAncestor(Element a, Element d) {
        for (Element p = d.parent(); p != null; p = p.parent()) if (p == a) return true;
        return false;
    }
}
