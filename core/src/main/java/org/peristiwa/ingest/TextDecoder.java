package org.peristiwa.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a plain-text report into text, refusing what is not a report: empty input, binary data
 * (NUL bytes or many control characters), and bytes that are neither UTF-8 (with or without BOM) nor UTF-16
 * with a BOM. Line endings are normalised to '\n' so that offsets do not depend on the platform that wrote it.
 */
public final class TextDecoder {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private TextDecoder() {}

    public static String decode(byte[] bytes) throws InputException {
        if (bytes.length == 0) throw new InputException("empty file");
        String text;
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            text = new String(bytes, StandardCharsets.UTF_16);
        } else {
            int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
            int controls = 0;
            int sample = Math.min(bytes.length, 8192);
            for (int i = offset; i < sample; i++) {
                int b = bytes[i] & 0xFF;
                if (b == 0) throw new InputException("binary data, not text (NUL byte at offset " + i + ")");
                if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') controls++;
            }
            if (controls > sample / 20) throw new InputException("binary data, not text (" + controls + " control bytes in the first " + sample + ")");
            CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                CharBuffer cb = dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
                text = cb.toString();
            } catch (CharacterCodingException e) {
                throw new InputException("not valid UTF-8 text (" + e.getMessage() + "); convert it to UTF-8 first");
            }
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) throw new InputException("no text (only white space)");
        return text;
    }
}
