package org.peristiwa.ingest.html;

import java.net.URI;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import java.util.List;
import org.peristiwa.ingest.DateValues;
import org.peristiwa.ingest.PageMetadata;
import org.peristiwa.ingest.Sourced;

/**
 * Reads what a web page says about itself, trusting in this order: plain meta tags, Open Graph (and its
 * article: namespace), JSON-LD NewsArticle, microdata and {@code <time>}, then the visible page (its one
 * {@code <h1>}, its {@code <title>}). Each value keeps the name of the place it came from. The visible date line
 * in the text is read later, by the press conventions, from the main text itself.
 */
public final class PageMetadataReader {

    private PageMetadataReader() {}

    public static PageMetadata read(Document doc) {
        PageIndex page = new PageIndex(doc);
        JsonLd.Article ld = JsonLd.article(page.jsonLd());
        return new PageMetadata(title(page, ld), published(page, ld), author(page, ld), outlet(page, ld), url(page, ld),
                null, language(page));
    }

    private static Sourced title(PageIndex doc, JsonLd.Article ld) {
        Sourced s = meta(doc, "name", "title", "dc.title", "citation_title");
        if (s == null) s = meta(doc, "property", "og:title");
        if (s == null) s = meta(doc, "name", "twitter:title");
        if (s == null && ld != null) s = ld(ld, "headline");
        if (s == null) {
            List<Element> h1 = doc.tags("h1");
            if (h1.size() == 1 && !h1.get(0).text().isBlank()) s = new Sourced(clean(h1.get(0).text()), "html:h1");
        }
        if (s == null) {
            Element t = doc.first("title");
            if (t != null && !t.text().isBlank()) s = new Sourced(clean(t.text()), "html:title");
        }
        return s;
    }

    private static Sourced published(PageIndex doc, JsonLd.Article ld) {
        Sourced s = dated(meta(doc, "name", "pubdate", "publishdate", "publish-date", "publication_date", "date",
                "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "citation_publication_date",
                "parsely-pub-date", "sailthru.date", "article.published", "originalpublicationdate"));
        if (s == null) s = dated(meta(doc, "property", "article:published_time", "og:published_time", "og:pubdate"));
        if (s == null && ld != null) s = dated(ld(ld, "datePublished"));
        if (s == null) {
            Element e = doc.itemprop("datePublished");
            if (e != null) s = dated(new Sourced(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"), "html:itemprop=datePublished"));
        }
        if (s == null) {
            Element chosen = null;
            int rank = 9;
            for (Element t : doc.tags("time")) {
                if (!t.hasAttr("datetime")) continue;
                int r = t.hasAttr("pubdate") ? 0 : t.closest("article") != null ? 1 : 2;
                if (r < rank) {
                    rank = r;
                    chosen = t;
                }
            }
            if (chosen != null) s = dated(new Sourced(chosen.attr("datetime"), "html:time[datetime]"));
        }
        return s;
    }

    private static Sourced author(PageIndex doc, JsonLd.Article ld) {
        Sourced s = meta(doc, "name", "author", "byl", "dc.creator", "citation_author", "parsely-author", "sailthru.author");
        if (s != null && s.value().startsWith("http")) s = null;
        if (s == null) {
            Sourced a = meta(doc, "property", "article:author");
            if (a != null && !a.value().startsWith("http")) s = a;
        }
        if (s == null && ld != null) {
            s = ld(ld, "author");
            if (s != null && s.value().startsWith("http")) s = null;
        }
        if (s == null) {
            Element e = doc.author();
            if (e != null && !e.text().isBlank() && e.text().length() < 120) s = new Sourced(clean(e.text()), "html:" + (e.hasAttr("rel") ? "rel=author" : "itemprop=author"));
        }
        return s;
    }

    private static Sourced outlet(PageIndex doc, JsonLd.Article ld) {
        Sourced s = meta(doc, "name", "application-name", "publisher", "dc.publisher");
        if (s == null) s = meta(doc, "property", "og:site_name");
        if (s == null && ld != null) s = ld(ld, "publisher");
        return s;
    }

    private static Sourced url(PageIndex doc, JsonLd.Article ld) {
        Element c = doc.canonical();
        Sourced s = c == null ? null : absolute(c.attr("href"), "html:link[rel=canonical]");
        if (s == null) {
            Sourced og = meta(doc, "property", "og:url");
            if (og != null) s = absolute(og.value(), og.source());
        }
        if (s == null && ld != null) {
            Sourced u = ld(ld, "url");
            if (u == null) u = ld(ld, "mainEntityOfPage");
            if (u != null) s = absolute(u.value(), u.source());
        }
        return s;
    }

    private static Sourced language(PageIndex doc) {
        Element html = doc.first("html");
        if (html != null && !html.attr("lang").isBlank()) return new Sourced(html.attr("lang").strip(), "html:html[lang]");
        Sourced s = meta(doc, "http-equiv", "content-language");
        if (s == null) s = meta(doc, "property", "og:locale");
        return s;
    }

    /** The first non-empty meta tag whose {@code attr} is one of {@code names} (case-insensitive). */
    private static Sourced meta(PageIndex doc, String attr, String... names) {
        for (String name : names) {
            String v = doc.meta(attr, name);
            if (v != null && !v.isBlank() && v.length() < 2000) {
                String rule = name.startsWith("og:") || name.startsWith("article:") ? "html:" + name
                        : "html:meta[" + attr + "=" + name.toLowerCase(Locale.ROOT) + "]";
                return new Sourced(clean(v), rule);
            }
        }
        return null;
    }

    private static Sourced ld(JsonLd.Article ld, String field) {
        String v = JsonLd.text(ld.node(), field);
        return v == null || v.length() > 2000 ? null : new Sourced(clean(v), "html:json-ld:" + ld.type() + "." + field);
    }

    private static Sourced dated(Sourced s) {
        if (s == null) return null;
        String iso = DateValues.normalize(s.value());
        return iso == null ? null : new Sourced(iso, s.source(), s.value());
    }

    private static Sourced absolute(String href, String source) {
        try {
            URI u = new URI(href.strip());
            return u.isAbsolute() && u.getScheme().startsWith("http") ? new Sourced(u.toString(), source) : null;
        } catch (Exception e) {
            return null;
        }
    }

    static String clean(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
