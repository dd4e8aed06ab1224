package org.peristiwa.ingest.format;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The kinds of input, told apart by their first bytes rather than by the file's name. */
public enum Format {
    GZIP, WARC, HTML, FEED, JSONL, TEXT;

    /** The format of a document beginning with {@code head} (its first few kilobytes, decompressed). */
    public static Format sniff(byte[] head, int length) {
        int n = Math.min(length, head.length);
        if (n >= 2 && (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b) return GZIP;
        String s = new String(head, 0, Math.min(n, 4096), StandardCharsets.ISO_8859_1);
        if (s.startsWith("\u00ef\u00bb\u00bf")) s = s.substring(3);
        if (s.startsWith("WARC/1.") || s.startsWith("WARC/0.")) return WARC;
        String t = s.stripLeading();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("{")) return JSONL;
        if (lower.startsWith("<")) {
            // an XML prolog, comments and a doctype may come before the root element
            String body = lower.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->", "").stripLeading();
            if (body.startsWith("<rss") || body.startsWith("<feed") || body.startsWith("<rdf:rdf")) return FEED;
            if (body.startsWith("<!doctype html") || body.startsWith("<html") || body.startsWith("<head")
                    || body.startsWith("<body") || body.startsWith("<meta") || body.startsWith("<title")) return HTML;
            if (lower.contains("<html") || lower.contains("<body") || lower.contains("<div") || lower.contains("<p>")) return HTML;
        } else if (lower.contains("<html") && lower.contains("</")) {
            return HTML;
        }
        return TEXT;
    }
}
