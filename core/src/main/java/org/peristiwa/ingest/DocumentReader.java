package org.peristiwa.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.peristiwa.ingest.feed.FeedReader;
import org.peristiwa.ingest.format.Format;
import org.peristiwa.ingest.html.HtmlReader;
import org.peristiwa.ingest.jsonl.JsonlReader;
import org.peristiwa.ingest.warc.WarcArchiveReader;

/**
 * Reads any input the tool accepts, telling its format by content: plain text, HTML, RSS/Atom, JSON Lines,
 * WARC (plain or gzip), and any of these gzip-compressed. Everything read goes to a {@link DocumentSink}; this
 * class never throws for a bad input, it reports it. No document larger than {@code maxBytes} is held in memory
 * (after decompression); an archive is streamed record by record, the limit applying to each record.
 */
public final class DocumentReader {

    private static final int HEAD = 8192;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final long maxBytes;

    public DocumentReader(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        this.maxBytes = maxBytes;
    }

    /** Reads a file. */
    public void read(String name, Path path, DocumentSink sink) {
        try {
            readFile(name, path, sink);
        } catch (InputException e) {
            sink.problem(name, e.getMessage());
        }
    }

    /** Reads a stream (standard input): held in memory up to the limit. */
    public void read(String name, InputStream in, DocumentSink sink) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) throw tooLarge("more than " + maxBytes);
            readBytes(name, bytes, sink);
        } catch (IOException e) {
            sink.problem(name, "cannot read: " + e.getMessage());
        } catch (InputException e) {
            sink.problem(name, e.getMessage());
        }
    }

    /** Reads bytes already in memory. */
    public void read(String name, byte[] bytes, DocumentSink sink) {
        try {
            readBytes(name, bytes, sink);
        } catch (InputException e) {
            sink.problem(name, e.getMessage());
        }
    }

    private void readFile(String name, Path path, DocumentSink sink) throws InputException {
        if (!Files.exists(path)) throw new InputException("no such file");
        if (!Files.isReadable(path)) throw new InputException("not readable (permission denied)");
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(path)) {
                head = in.readNBytes(HEAD);
            }
            Format f = Format.sniff(head, head.length);
            if (f == Format.GZIP) {
                byte[] inner;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
                    // a WARC says so in its first bytes: read no further, the next member may be the corrupt one
                    inner = in.readNBytes(16);
                } catch (EOFException | ZipException e) {
                    throw corruptGzip(e);
                }
                if (Format.sniff(inner, inner.length) == Format.WARC) {
                    WarcArchiveReader.read(name, path, maxBytes, sink);
                    return;
                }
                try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
                    readBytes(name, inflate(in), sink);
                }
                return;
            }
            if (f == Format.WARC) {
                WarcArchiveReader.read(name, path, maxBytes, sink);
                return;
            }
            long size = Files.size(path);
            if (size > maxBytes) throw tooLarge(size + " bytes");
            readBytes(name, Files.readAllBytes(path), sink);
        } catch (EOFException | ZipException e) {
            throw corruptGzip(e);
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage());
        }
    }

    private void readBytes(String name, byte[] bytes, DocumentSink sink) throws InputException {
        Format f = Format.sniff(bytes, bytes.length);
        switch (f) {
            case GZIP -> {
                try {
                    byte[] inner = inflate(new GZIPInputStream(new ByteArrayInputStream(bytes)));
                    if (Format.sniff(inner, inner.length) == Format.GZIP) throw new InputException("gzip inside gzip: not read");
                    readBytes(name, inner, sink);
                } catch (EOFException | ZipException e) {
                    throw corruptGzip(e);
                } catch (IOException e) {
                    throw new InputException("cannot read: " + e.getMessage());
                }
            }
            case WARC -> WarcArchiveReader.read(name, bytes, maxBytes, sink);
            case HTML -> sink.document(HtmlReader.read(name, bytes, null, PageMetadata.NONE, sink));
            case FEED -> FeedReader.read(name, bytes, sink);
            case JSONL -> {
                Charsets.Decoded d = TextDecoder.decodeText(bytes, null);
                if (firstLineIsObject(d.text())) JsonlReader.read(name, d.text(), sink);
                else text(name, d, sink);
            }
            case TEXT -> text(name, TextDecoder.decodeText(bytes, null), sink);
        }
    }

    private static void text(String name, Charsets.Decoded d, DocumentSink sink) {
        if (d.how().equals("guessed")) sink.notice(name, "not valid UTF-8: read as " + d.charset().name());
        sink.document(new Document(name, d.text()));
    }

    private static boolean firstLineIsObject(String text) {
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).strip();
        try {
            return MAPPER.readTree(first).isObject();
        } catch (Exception e) {
            return false;
        }
    }

    private byte[] inflate(InputStream in) throws IOException, InputException {
        byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (b.length > maxBytes) throw tooLarge("more than " + maxBytes + " bytes once decompressed");
        return b;
    }

    private InputException tooLarge(String size) {
        return new InputException("too large: " + size + " (the limit is " + maxBytes + " bytes; raise it with --max-bytes)");
    }

    private static InputException corruptGzip(IOException e) {
        return new InputException("truncated or corrupt gzip data (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
    }
}
