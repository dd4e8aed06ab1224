package org.peristiwa.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what is never article text before the body is scored: scripts and other non-text elements, hidden
 * elements, navigation and asides, and elements whose class, id or role name them as furniture (comments,
 * share bars, related links, advertising). An element holding most of the page's text is kept whatever its
 * name, so that a page wrapper called "has-sidebar" does not take the article with it.
 */
final class Cleaner {

    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "complementary", "banner",
            "contentinfo", "menu", "menubar", "dialog", "alertdialog", "search", "toolbar", "tablist");

    private Cleaner() {}

    static void removeJunk(Element root) {
        List<Node> drop = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Comment) {
                    drop.add(node);
                } else if (node instanceof Element e && node != root && (Tags.JUNK.contains(e.normalName()) || hidden(e))) {
                    drop.add(node);
                }
            }

            @Override
            public void tail(Node node, int depth) {}
        }, root);
        // children of a dropped node are dropped with it; removing a detached node is harmless
        for (Node n : drop) if (n.parentNode() != null) n.remove();
    }

    static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        if ("true".equalsIgnoreCase(e.attr("aria-hidden")) && !e.normalName().equals("body")) return true;
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) return true;
        }
        return false;
    }

    /** Drops furniture by tag, role and name. {@code stats} must describe {@code root} as it is now. */
    static void removeFurniture(Element root, NodeStats stats) {
        int total = Math.max(1, stats.of(root).text);
        int prose = stats.of(root).paraText;
        List<Element> drop = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e) || node == root) return;
                String tag = e.normalName();
                if (tag.equals("body") || tag.equals("html") || tag.equals("a") || tag.equals("p")) return;
                NodeStats.Stat s = stats.of(e);
                if (s.text * 2 >= total) return;
                BoilerplateNames.Furniture named = BoilerplateNames.furniture(BoilerplateNames.words(e));
                boolean furniture = named == BoilerplateNames.Furniture.STRONG
                        || Tags.FURNITURE.contains(tag)
                        || FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
                        || tag.equals("header")
                        || named == BoilerplateNames.Furniture.WEAK;
                // weak signs do not outweigh most of the page's prose
                boolean strong = named == BoilerplateNames.Furniture.STRONG;
                if (furniture && (strong || s.paraText * 2 < prose || s.paraText < 200)) drop.add(e);
            }

            @Override
            public void tail(Node node, int depth) {}
        }, root);
        for (Element e : drop) if (e.parentNode() != null) e.remove();
    }
}
