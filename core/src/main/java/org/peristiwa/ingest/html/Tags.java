package org.peristiwa.ingest.html;

import java.util.Set;

/** HTML element names by role. */
final class Tags {

    /** Elements that never hold article text. */
    static final Set<String> JUNK = Set.of("script", "style", "noscript", "template", "svg", "math", "canvas",
            "iframe", "object", "embed", "video", "audio", "source", "track", "map", "button", "input", "select",
            "option", "textarea", "link", "meta", "base", "dialog", "head", "title");

    /** Elements that are page furniture by their nature. */
    static final Set<String> FURNITURE = Set.of("nav", "aside", "footer", "menu");

    /** Elements that start a new block of text. */
    static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "center", "dd", "details",
            "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "br",
            "body", "html", "legend", "option", "picture");

    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private Tags() {}
}
