package org.peristiwa.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a page or text: a byte-order mark wins; then bytes that are valid UTF-8 with
 * multi-byte sequences are UTF-8 whatever the label says (the commonest mislabel); then the charset the HTTP
 * header, the page's meta tag or XML declaration declares (ISO-8859-1 and ASCII read as windows-1252, as
 * browsers do); then, for undeclared bytes that are not UTF-8, a statistical check that they read as
 * windows-1252 Western text (few high bytes, none of the five bytes windows-1252 leaves undefined).
 */
public final class Charsets {

    /** Decoded text, the charset used and how it was chosen ("bom", "declared", "utf-8", "guessed"). */
    public record Decoded(String text, Charset charset, String how) {}

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9_.\\-]{2,40})[\"']", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {}

    /**
     * Decodes {@code bytes}; {@code declared} is a charset named outside the bytes (an HTTP header), or null.
     * Refuses bytes that are neither UTF-8 nor declared nor plausibly windows-1252.
     */
    public static Decoded decode(byte[] bytes, String declared) throws InputException {
        Charset bom = bom(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom, "bom");
        }
        Utf8 check = checkUtf8(bytes);
        if (check.valid && check.multiByte) return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf-8");
        Charset label = lookup(declared);
        if (label == null) label = lookup(sniffDeclared(bytes));
        if (label != null && !label.equals(StandardCharsets.UTF_8)) {
            return new Decoded(strict(bytes, label), label, "declared");
        }
        if (check.valid) return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf-8");
        // not UTF-8 although undeclared or declared so: is it Western 8-bit text?
        int high = 0, undefined = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 0x80) high++;
            if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) undefined++;
        }
        if (undefined == 0 && high * 5 < bytes.length) {
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "guessed");
        }
        throw new InputException("not valid UTF-8 (first bad byte at offset " + check.badOffset
                + ") and no charset declared that reads it; convert it to UTF-8 first");
    }

    /** The charset a page declares in its first 4 KB (meta tag or XML declaration), or null. */
    static String sniffDeclared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        if (m.find()) return m.group(1);
        m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    static Charset lookup(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("latin-1") || n.equals("us-ascii")
                || n.equals("ascii") || n.equals("iso8859-1") || n.equals("cp1252")) {
            return WINDOWS_1252;
        }
        if (n.equals("utf8")) return StandardCharsets.UTF_8;
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, Charset cs) throws InputException {
        try {
            CharBuffer cb = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return cb.toString();
        } catch (CharacterCodingException e) {
            // a declared charset the bytes do not quite follow: read what can be read
            return new String(bytes, cs);
        }
    }

    static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    private record Utf8(boolean valid, boolean multiByte, int badOffset) {}

    /** Strict UTF-8 validation in one pass (no overlongs, no surrogates, nothing above U+10FFFF). */
    private static Utf8 checkUtf8(byte[] b) {
        boolean multi = false;
        int i = 0, n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) { need = 1; min = 0x80; }
            else if (c >= 0xE0 && c <= 0xEF) { need = 2; min = 0x800; }
            else if (c >= 0xF0 && c <= 0xF4) { need = 3; min = 0x10000; }
            else return new Utf8(false, multi, i);
            int cp = c & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                if (i + k >= n) return new Utf8(false, multi, i);
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) return new Utf8(false, multi, i);
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) return new Utf8(false, multi, i);
            multi = true;
            i += need + 1;
        }
        return new Utf8(true, multi, -1);
    }
}
