package org.peristiwa.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it. Names are split into words ("relatedArticles",
 * "related-articles" and "related_articles" all give "related" and "articles"), so that "comment" does not
 * match "commentary" and "ad" does not match "head". General web vocabulary only: no site's own names.
 */
final class BoilerplateNames {

    /** Words that mark page furniture: the element is dropped wherever it is. */
    private static final Set<String> STRONG = Set.of(
            "comment", "comments", "commentlist", "disqus", "replies", "respond",
            "share", "sharing", "sharebar", "sharetools", "social", "socials", "sociallinks", "socialshare",
            "related", "recommended", "recommendations", "recirculation", "recirc", "outbrain", "taboola",
            "breadcrumb", "breadcrumbs", "newsletter", "subscribe", "signup",
            "promo", "sponsor", "sponsored", "advert", "advertisement", "advertising", "ads", "ad",
            "adslot", "adunit", "dfp", "popup", "modal", "cookie", "cookies", "gdpr", "consent",
            "navbar", "navigation", "skiplink", "trending", "mostread", "mostpopular",
            "readmore", "readalso", "bacajuga", "sronly", "visuallyhidden", "screenreader");

    /** Words that mark furniture unless the same element also carries a content word. */
    private static final Set<String> WEAK = Set.of(
            "sidebar", "rail", "nav", "menu", "masthead", "footer", "header", "pagination", "pager", "toolbar", "widget",
            "widgets", "byline", "author", "authors", "dateline", "timestamp", "tags", "tag", "topics", "keywords",
            "caption", "credit", "credits", "print", "email", "bio", "hidden", "gallery", "slideshow", "carousel",
            "login", "feedback", "rating", "disclaimer", "copyright", "meta", "metadata", "utility", "actions",
            "follow", "banner", "paywall", "subscription", "promotion", "popular", "video", "player", "community");

    /** Words that mark the article itself. */
    private static final Set<String> CONTENT = Set.of(
            "article", "articlebody", "content", "entry", "hentry", "main", "post", "story", "storybody",
            "body", "text", "blog", "prose", "richtext", "paragraph", "paragraphs", "detail", "isi", "berita");

    private BoilerplateNames() {}

    /** Words of the element's class and id attributes, lower case. */
    static List<String> words(Element e) {
        List<String> out = new ArrayList<>();
        split(e.className(), out);
        split(e.id(), out);
        return out;
    }

    private static void split(String s, List<String> out) {
        if (s == null || s.isEmpty()) return;
        int n = Math.min(s.length(), 400);
        StringBuilder w = new StringBuilder();
        StringBuilder joined = new StringBuilder();
        int parts = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? s.charAt(i) : ' ';
            boolean boundary = !Character.isLetterOrDigit(c);
            boolean camel = i > 0 && i < n && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1));
            if (boundary || camel) {
                if (w.length() > 0) {
                    out.add(w.toString().toLowerCase(Locale.ROOT));
                    joined.append(w);
                    parts++;
                    w.setLength(0);
                }
                if (boundary && (c == ' ' || c == '\t' || c == '\n')) {
                    if (parts > 1) out.add(joined.toString().toLowerCase(Locale.ROOT));
                    joined.setLength(0);
                    parts = 0;
                }
            }
            if (!boundary) w.append(c);
        }
    }

    /** How strongly the names mark furniture. */
    enum Furniture { NONE, WEAK, STRONG }

    /** Furniture by its name: a strong word, or a weak word without a content word beside it. */
    static Furniture furniture(List<String> words) {
        boolean weak = false;
        for (String w : words) {
            if (STRONG.contains(w)) return Furniture.STRONG;
            if (WEAK.contains(w)) weak = true;
        }
        return weak && !isContent(words) ? Furniture.WEAK : Furniture.NONE;
    }

    static boolean isFurniture(List<String> words) {
        return furniture(words) != Furniture.NONE;
    }

    static boolean isContent(List<String> words) {
        for (String w : words) if (CONTENT.contains(w)) return true;
        return false;
    }

    /** Readability's class weight, on words: -25 for furniture, +25 for content, both may apply. */
    static int weight(Element e) {
        int w = 0;
        List<String> cls = new ArrayList<>();
        split(e.className(), cls);
        List<String> id = new ArrayList<>();
        split(e.id(), id);
        if (isFurniture(cls)) w -= 25;
        if (isContent(cls)) w += 25;
        if (isFurniture(id)) w -= 25;
        if (isContent(id)) w += 25;
        return w;
    }
}
