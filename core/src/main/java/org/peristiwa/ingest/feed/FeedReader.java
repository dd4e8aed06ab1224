package org.peristiwa.ingest.feed;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.peristiwa.ingest.Charsets;
import org.peristiwa.ingest.DateValues;
import org.peristiwa.ingest.DocumentSink;
import org.peristiwa.ingest.InputException;
import org.peristiwa.ingest.PageMetadata;
import org.peristiwa.ingest.Sourced;
import org.peristiwa.ingest.TextDecoder;
import org.peristiwa.ingest.html.FragmentText;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry becomes a document with its title, link,
 * date, author and text (the full content when the feed carries it, else the description or summary), the feed's
 * title as the outlet. The XML is read leniently, so one broken item does not hide the others; an item with
 * neither text nor title is skipped with a message.
 */
public final class FeedReader {

    private FeedReader() {}

    public static void read(String origin, byte[] bytes, DocumentSink sink) throws InputException {
        TextDecoder.refuseBinary(bytes);
        String xml = Charsets.decode(bytes, null).text();
        Parser parser = Parser.xmlParser().setMaxDepth(256);
        Document doc = parser.parseInput(xml, "");
        Element root = null;
        for (Element e : doc.children()) {
            String n = local(e.tagName());
            if (n.equals("rss") || n.equals("feed") || n.equals("rdf")) {
                root = e;
                break;
            }
        }
        if (root == null) throw new InputException("not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)");
        boolean atom = local(root.tagName()).equals("feed");
        Element channel = atom ? root : first(root, "channel");
        Sourced outlet = channel == null ? null : sourced(first(channel, "title"), atom ? "atom:feed/title" : "rss:channel/title");
        Sourced language = channel == null ? null : sourced(first(channel, "language"), "rss:channel/language");
        if (language == null && !root.attr("xml:lang").isBlank()) language = new Sourced(root.attr("xml:lang"), "atom:feed/@xml:lang");
        List<Element> items = root.getElementsByTag(atom ? "entry" : "item");
        if (items.isEmpty()) items = root.select(atom ? "*|entry" : "*|item");
        if (items.isEmpty()) {
            sink.problem(origin, "the feed has no " + (atom ? "entries" : "items"));
            return;
        }
        int i = 0;
        for (Element item : items) {
            i++;
            String where = origin + "#" + (atom ? "entry" : "item") + i;
            try {
                sink.document(item(where, item, atom, outlet, language));
            } catch (InputException e) {
                sink.problem(where, e.getMessage());
            } catch (RuntimeException e) {
                sink.problem(where, "unreadable " + (atom ? "entry" : "item") + " (" + e.getClass().getSimpleName() + ")");
            }
        }
    }

    private static org.peristiwa.ingest.Document item(String where, Element item, boolean atom, Sourced outlet,
                                                      Sourced language) throws InputException {
        String p = atom ? "atom:entry/" : "rss:item/";
        Sourced title = sourced(first(item, "title"), p + "title");
        Sourced link = atom ? atomLink(item) : sourced(first(item, "link"), p + "link");
        if (link == null && !atom) {
            Element guid = first(item, "guid");
            if (guid != null && !"false".equals(guid.attr("isPermaLink")) && guid.text().startsWith("http")) link = new Sourced(guid.text().strip(), p + "guid");
            else if (item.hasAttr("rdf:about")) link = new Sourced(item.attr("rdf:about"), p + "@rdf:about");
        }
        Sourced published = null;
        String raw = null;
        for (String name : atom ? new String[] {"published", "updated", "issued"} : new String[] {"pubDate", "date", "published"}) {
            Element d = first(item, name);
            if (d != null && !d.text().isBlank()) {
                raw = d.text().strip();
                String iso = DateValues.normalize(raw);
                if (iso != null) {
                    published = new Sourced(iso, p + d.tagName(), raw);
                    break;
                }
            }
        }
        Sourced author = null;
        Element a = first(item, atom ? "author" : "creator");
        if (a == null && !atom) a = first(item, "author");
        if (a != null) {
            Element name = atom ? first(a, "name") : null;
            author = sourced(name != null ? name : a, p + (atom ? "author/name" : a.tagName()));
        }
        String html = null;
        for (String name : atom ? new String[] {"content", "summary"} : new String[] {"encoded", "description", "summary"}) {
            Element c = first(item, name);
            if (c != null) {
                String body = atom && "xhtml".equals(c.attr("type")) ? c.html() : c.wholeText();
                if (atom && "text".equals(c.attr("type"))) body = escape(body);
                if (!body.isBlank()) {
                    html = body;
                    break;
                }
            }
        }
        String text = html == null ? "" : FragmentText.of(html);
        if (text.isBlank() && title == null) throw new InputException("item without text or title; skipped");
        PageMetadata meta = new PageMetadata(title, published, author, outlet, link, null, language);
        return new org.peristiwa.ingest.Document(where, text, meta);
    }

    private static Sourced atomLink(Element entry) {
        Element best = null;
        for (Element l : entry.children()) {
            if (!local(l.tagName()).equals("link") || !l.hasAttr("href")) continue;
            String rel = l.attr("rel");
            if (rel.isEmpty() || rel.equals("alternate")) return new Sourced(l.attr("href").strip(), "atom:entry/link[@rel=alternate]");
            if (best == null) best = l;
        }
        return best == null ? null : new Sourced(best.attr("href").strip(), "atom:entry/link");
    }

    private static Element first(Element parent, String localName) {
        for (Element c : parent.children()) if (local(c.tagName()).equalsIgnoreCase(localName)) return c;
        return null;
    }

    private static Sourced sourced(Element e, String source) {
        if (e == null) return null;
        String v = e.text().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return v.isEmpty() ? null : new Sourced(v, source);
    }

    private static String local(String tag) {
        int c = tag.indexOf(':');
        return (c < 0 ? tag : tag.substring(c + 1)).toLowerCase(Locale.ROOT);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n\n", "<p>");
    }
}
