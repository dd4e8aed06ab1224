package org.peristiwa.ingest;

/**
 * Turns the bytes of a plain-text report into text, refusing what is not a report: empty input, binary data
 * (NUL bytes or many control characters), and bytes that {@link Charsets} cannot read (UTF-8 or UTF-16 with a
 * BOM; windows-1252 only when the bytes read plausibly as Western text). Line endings are normalised to '\n' so
 * that offsets do not depend on the platform that wrote it.
 */
public final class TextDecoder {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private TextDecoder() {}

    public static String decode(byte[] bytes) throws InputException {
        return decodeText(bytes, null).text();
    }

    /** Decodes and normalises line endings; {@code declared} is a charset named outside the bytes, or null. */
    public static Charsets.Decoded decodeText(byte[] bytes, String declared) throws InputException {
        refuseBinary(bytes);
        Charsets.Decoded d = Charsets.decode(bytes, declared);
        String text = normaliseLines(d.text());
        if (text.isBlank()) throw new InputException("no text (only white space)");
        return new Charsets.Decoded(text, d.charset(), d.how());
    }

    /** Refuses empty input and binary data: a NUL byte, or many control bytes, in the first 8 KB. */
    public static void refuseBinary(byte[] bytes) throws InputException {
        if (bytes.length == 0) throw new InputException("empty file");
        if (Charsets.bom(bytes) != null && Charsets.bom(bytes) != java.nio.charset.StandardCharsets.UTF_8) return;
        int controls = 0;
        int sample = Math.min(bytes.length, 8192);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) throw new InputException("binary data, not text (NUL byte at offset " + i + ")");
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) controls++;
        }
        if (controls > sample / 20) throw new InputException("binary data, not text (" + controls + " control bytes in the first " + sample + ")");
    }

    public static String normaliseLines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
