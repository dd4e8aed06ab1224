package org.peristiwa.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text statistics of every element, computed in one bottom-up pass (no recursion, linear in the page):
 * characters of text (white space runs count one), characters inside links, commas, and whether a block
 * element lies below.
 */
final class NodeStats {

    /** Mutable per-element counts. */
    static final class Stat {
        int text;
        int linkText;
        int commas;
        boolean hasBlock;
        /** Text in this element's own text nodes and inline children, not in nested blocks. */
        int inlineText;
        int inlineCommas;
        /** Text in paragraphs below that read as prose: at least 60 characters, few of them in links. */
        int paraText;

        double linkDensity() {
            return text == 0 ? 0 : Math.min(1.0, (double) linkText / text);
        }
    }

    private static final java.util.Set<String> PROSE_LEAVES = java.util.Set.of("div", "section", "article", "td", "blockquote", "pre");

    private final Map<Element, Stat> stats = new IdentityHashMap<>();

    NodeStats(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) stats.put(e, new Stat());
            }

            @Override
            public void tail(Node node, int depth) {
                Node parentNode = node.parentNode();
                if (!(parentNode instanceof Element parent) || node == root) return;
                Stat ps = stats.get(parent);
                if (ps == null) return;
                if (node instanceof TextNode t) {
                    int[] c = count(t.getWholeText());
                    ps.text += c[0];
                    ps.commas += c[1];
                    ps.inlineText += c[0];
                    ps.inlineCommas += c[1];
                    if (insideLink(parent)) ps.linkText += c[0];
                } else if (node instanceof Element e) {
                    Stat s = stats.get(e);
                    if (s.text >= 60 && s.linkDensity() < 0.3 && (e.normalName().equals("p") || !s.hasBlock && PROSE_LEAVES.contains(e.normalName()))) {
                        s.paraText = s.text;
                    }
                    ps.paraText += s.paraText;
                    ps.text += s.text;
                    ps.linkText += s.linkText;
                    ps.commas += s.commas;
                    boolean block = Tags.BLOCK.contains(e.normalName());
                    if (block || s.hasBlock) {
                        ps.hasBlock = true;
                    } else {
                        ps.inlineText += s.text;
                        ps.inlineCommas += s.commas;
                    }
                }
            }
        }, root);
    }

    private static boolean insideLink(Element e) {
        // a link's text is counted where it is: the text node's parent chain up to a few inline levels
        for (int i = 0; e != null && i < 4; i++, e = e.parent()) {
            if (e.normalName().equals("a")) return true;
            if (Tags.BLOCK.contains(e.normalName())) return false;
        }
        return false;
    }

    /** {characters (white space runs count one), commas}. */
    static int[] count(String s) {
        int n = 0, commas = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) n++;
                space = true;
            } else {
                n++;
                space = false;
                if (c == ',' || c == '，' || c == '、' || c == '،') commas++;
            }
        }
        return new int[] {n, commas};
    }

    Stat of(Element e) {
        Stat s = stats.get(e);
        return s == null ? new Stat() : s;
    }
}
