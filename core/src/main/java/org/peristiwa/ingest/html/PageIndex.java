package org.peristiwa.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The elements metadata is read from, gathered in one pass over the page (one traversal instead of one per query). */
final class PageIndex {

    private final Map<String, String> metas = new HashMap<>();
    private final Map<String, List<Element>> tags = new HashMap<>();
    private final Map<String, Element> itemprops = new HashMap<>();
    private final List<Element> jsonLd = new ArrayList<>();
    private Element canonical;
    private Element author;

    PageIndex(Document doc) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                String tag = e.normalName();
                switch (tag) {
                    case "meta" -> {
                        if (!e.hasAttr("content")) break;
                        for (String a : new String[] {"name", "property", "http-equiv", "itemprop"}) {
                            String k = e.attr(a);
                            if (!k.isEmpty()) metas.putIfAbsent(a + "=" + k.strip().toLowerCase(Locale.ROOT), e.attr("content"));
                        }
                    }
                    case "script" -> {
                        if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) jsonLd.add(e);
                    }
                    case "link" -> {
                        if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) canonical = e;
                    }
                    case "h1", "title", "time", "html" -> tags.computeIfAbsent(tag, k -> new ArrayList<>()).add(e);
                    default -> { }
                }
                String ip = e.attr("itemprop");
                if (!ip.isEmpty()) itemprops.putIfAbsent(ip, e);
                if (author == null && (e.attr("rel").equalsIgnoreCase("author") || ip.equals("author"))) author = e;
            }

            @Override
            public void tail(Node node, int depth) {}
        }, doc);
    }

    String meta(String attr, String name) {
        return metas.get(attr + "=" + name.toLowerCase(Locale.ROOT));
    }

    List<Element> tags(String tag) {
        return tags.getOrDefault(tag, List.of());
    }

    Element first(String tag) {
        List<Element> l = tags(tag);
        return l.isEmpty() ? null : l.get(0);
    }

    Element itemprop(String name) {
        return itemprops.get(name);
    }

    List<Element> jsonLd() {
        return jsonLd;
    }

    Element canonical() {
        return canonical;
    }

    Element author() {
        return author;
    }
}
