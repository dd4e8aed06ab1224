package org.peristiwa.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Writes an element's text as blocks: a new block at every block element and line break, white space
 * collapsed (kept inside {@code pre}), with the share of each block's text that sits inside links.
 */
final class BlockWriter {

    /** One block of text and what it was written from. */
    record Block(String text, int linkChars, String tag) {

        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    private BlockWriter() {}

    static List<Block> write(Element root) {
        List<Block> out = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        int[] link = {0};
        int[] inLink = {0};
        int[] inPre = {0};
        String[] tag = {root.normalName()};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int before = buf.length();
                    append(buf, t.getWholeText(), inPre[0] > 0);
                    if (inLink[0] > 0) link[0] += buf.length() - before;
                } else if (node instanceof Element e) {
                    String name = e.normalName();
                    if (name.equals("a")) inLink[0]++;
                    if (name.equals("pre")) inPre[0]++;
                    if (Tags.BLOCK.contains(name)) {
                        flush(out, buf, link, tag[0]);
                        tag[0] = name;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String name = e.normalName();
                    if (name.equals("a")) inLink[0]--;
                    if (name.equals("pre")) inPre[0]--;
                    if (Tags.BLOCK.contains(name)) {
                        flush(out, buf, link, tag[0]);
                        Element parent = e.parent();
                        tag[0] = parent == null ? name : parent.normalName();
                    }
                }
            }
        }, root);
        flush(out, buf, link, tag[0]);
        return out;
    }

    private static void append(StringBuilder buf, String s, boolean pre) {
        if (pre) {
            buf.append(s);
            return;
        }
        boolean space = buf.length() == 0 || buf.charAt(buf.length() - 1) == ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                if (!space) buf.append(' ');
                space = true;
            } else {
                buf.append(c);
                space = false;
            }
        }
    }

    private static void flush(List<Block> out, StringBuilder buf, int[] link, String tag) {
        String s = buf.toString().strip();
        if (!s.isEmpty()) out.add(new Block(s, Math.min(link[0], s.length()), tag));
        buf.setLength(0);
        link[0] = 0;
    }
}
