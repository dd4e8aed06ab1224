package org.peristiwa.ingest.html;

/**
 * Cuts what never carries text out of raw HTML before it is parsed: scripts (but not JSON-LD, which carries
 * metadata), style sheets, inline SVG and comments. These are most of the bytes of a modern news page; the parser
 * need not build nodes for them. One linear pass; a construct left open runs to the end of the page, as a
 * browser would read it.
 */
final class Prestrip {

    private Prestrip() {}

    static String strip(String html) {
        int n = html.length();
        StringBuilder out = new StringBuilder(Math.min(n, 1 << 20));
        int copied = 0;
        int i = html.indexOf('<');
        while (i >= 0 && i < n - 3) {
            char c1 = html.charAt(i + 1);
            int skipTo = -1;
            if (c1 == '!' && html.startsWith("!--", i + 1)) {
                int end = html.indexOf("-->", i + 4);
                skipTo = end < 0 ? n : end + 3;
            } else if (c1 == 's' || c1 == 'S') {
                String name = tagName(html, i + 1);
                if (name != null && (name.equals("script") || name.equals("style") || name.equals("svg"))) {
                    int tagEnd = endOfTag(html, i + 1);
                    if (name.equals("script") && isJsonLd(html, i, tagEnd)) {
                        skipTo = -1;
                    } else if (tagEnd > 0 && html.charAt(tagEnd - 2) == '/' && name.equals("svg")) {
                        skipTo = tagEnd;
                    } else {
                        int close = indexOfIgnoreCase(html, "</" + name, tagEnd < 0 ? i + 1 : tagEnd);
                        if (close < 0) {
                            skipTo = n;
                        } else {
                            int gt = html.indexOf('>', close);
                            skipTo = gt < 0 ? n : gt + 1;
                        }
                    }
                }
            }
            if (skipTo >= 0) {
                out.append(html, copied, i);
                copied = skipTo;
                i = skipTo >= n ? -1 : html.indexOf('<', skipTo);
            } else {
                i = html.indexOf('<', i + 1);
            }
        }
        if (copied == 0) return html;
        if (copied < n) out.append(html, copied, n);
        return out.toString();
    }

    /** The lower-case tag name starting at {@code from}, when one of the names we skip, else null. */
    private static String tagName(String s, int from) {
        for (String name : new String[] {"script", "style", "svg"}) {
            int end = from + name.length();
            if (end < s.length() && s.regionMatches(true, from, name, 0, name.length())) {
                char c = s.charAt(end);
                if (c == '>' || c == '/' || Character.isWhitespace(c)) return name;
            }
        }
        return null;
    }

    /** Index just past the '>' that closes the tag starting at {@code from}, quotes respected; -1 if none. */
    private static int endOfTag(String s, int from) {
        char quote = 0;
        int limit = Math.min(s.length(), from + 10_000);
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean isJsonLd(String s, int start, int tagEnd) {
        if (tagEnd < 0) return false;
        return indexOfIgnoreCase(s.substring(start, tagEnd), "ld+json", 0) >= 0;
    }

    static int indexOfIgnoreCase(String s, String needle, int from) {
        int n = needle.length();
        char first = Character.toLowerCase(needle.charAt(0));
        char firstUp = Character.toUpperCase(first);
        for (int i = Math.max(0, from); i + n <= s.length(); i++) {
            char c = s.charAt(i);
            if ((c == first || c == firstUp) && s.regionMatches(true, i, needle, 0, n)) return i;
        }
        return -1;
    }
}
