package org.peristiwa.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.peristiwa.ingest.DocumentSink;
import org.peristiwa.ingest.InputException;
import org.peristiwa.ingest.PageMetadata;
import org.peristiwa.ingest.Sourced;
import org.peristiwa.ingest.html.HtmlReader;

/**
 * Reads the HTML pages in a WARC file, plain or gzip-compressed (jwarc): every response (and resource) record
 * whose payload is HTML becomes a document, with the record's target URI and fetch date. The archive is read as a
 * stream, one record at a time; a record larger than the limit, a page that cannot be read and a corrupt record
 * are each skipped with a message, and reading resumes at the next record start found after a corrupt one.
 */
public final class WarcArchiveReader {

    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private WarcArchiveReader() {}

    public static void read(String origin, Path file, long maxRecordBytes, DocumentSink sink) throws InputException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            read(origin, ch, maxRecordBytes, sink);
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage());
        }
    }

    public static void read(String origin, byte[] bytes, long maxRecordBytes, DocumentSink sink) throws InputException {
        read(origin, new ByteArrayChannel(bytes), maxRecordBytes, sink);
    }

    private static void read(String origin, SeekableByteChannel ch, long maxRecordBytes, DocumentSink sink) throws InputException {
        long size;
        try {
            size = ch.size();
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage());
        }
        long pos = 0;
        int pages = 0, skipped = 0;
        boolean gzip = false;
        while (pos < size) {
            // jwarc's position() is the start of the record last read; a corrupt one lies after it
            long recordStart = pos;
            boolean any = false;
            try {
                ch.position(pos);
                WarcReader reader = new WarcReader(new Unclosable(ch));
                reader.setLenient(true);
                gzip = reader.compression() == WarcCompression.GZIP;
                while (true) {
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) {
                        pos = size;
                        break;
                    }
                    recordStart = reader.position();
                    any = true;
                    WarcRecord rec = next.get();
                    if (page(origin, rec, recordStart, maxRecordBytes, sink)) pages++;
                    else skipped++;
                }
            } catch (IOException | RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
                sink.problem(origin + "@" + recordStart, (any ? "the next record is a corrupt WARC record" : "corrupt WARC record")
                        + " (" + why + "); skipped to the next record start");
                long resume = find(ch, recordStart + 1, size, gzip);
                if (resume < 0) break;
                pos = resume;
            }
        }
        if (pages == 0) sink.problem(origin, "no HTML page in the archive (" + skipped + " other records)");
    }

    /** Reads one record; true when it was an HTML page (read or reported). */
    private static boolean page(String origin, WarcRecord rec, long offset, long maxRecordBytes, DocumentSink sink) throws IOException {
        if (!(rec instanceof WarcResponse || rec instanceof WarcResource)) return false;
        WarcTargetRecord t = (WarcTargetRecord) rec;
        String where = origin + "@" + offset;
        InputStream body;
        MediaType type;
        if (rec instanceof WarcResponse r) {
            if (!r.contentType().base().equals(MediaType.HTTP_RESPONSE) && !r.contentType().raw().toLowerCase(Locale.ROOT).startsWith("application/http")) return false;
            HttpResponse http = r.http();
            if (http.status() < 200 || http.status() >= 300) return false;
            type = http.contentType();
            if (!isHtml(type)) return false;
            body = http.bodyDecoded().stream();
        } else {
            type = rec.contentType();
            if (!isHtml(type)) return false;
            body = rec.body().stream();
        }
        String target = t.target();
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1));
        if (bytes.length > maxRecordBytes) {
            sink.problem(where + " " + target, "page too large: more than " + maxRecordBytes + " bytes (raise the limit with --max-bytes)");
            return true;
        }
        PageMetadata outer = PageMetadata.NONE
                .withUrl(new Sourced(target, "warc:WARC-Target-URI"))
                .withFetched(new Sourced(rec.date().toString(), "warc:WARC-Date"));
        try {
            sink.document(HtmlReader.read(where + " " + target, bytes, type.parameters().get("charset"), outer, sink));
        } catch (InputException e) {
            sink.problem(where + " " + target, e.getMessage());
        }
        return true;
    }

    private static boolean isHtml(MediaType type) {
        if (type == null) return false;
        String s = type.base().toString().toLowerCase(Locale.ROOT);
        return s.equals("text/html") || s.equals("application/xhtml+xml");
    }

    /** The next offset at or after {@code from} where a record may start, or -1. */
    private static long find(SeekableByteChannel ch, long from, long size, boolean gzip) {
        byte[] magic = gzip ? new byte[] {(byte) 0x1f, (byte) 0x8b, 8} : WARC_MAGIC;
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long base = from;
        try {
            while (base < size) {
                buf.clear();
                ch.position(base);
                int n = ch.read(buf);
                if (n <= 0) return -1;
                byte[] a = buf.array();
                for (int i = 0; i + magic.length <= n; i++) {
                    if (a[i] != magic[0]) continue;
                    boolean match = true;
                    for (int k = 1; k < magic.length && match; k++) match = a[i + k] == magic[k];
                    boolean lineStart = gzip || base + i == 0 || i > 0 && a[i - 1] == '\n';
                    if (match && lineStart) return base + i;
                }
                if (n < magic.length) return -1;
                base += n - magic.length + 1;
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String l = nl < 0 ? s : s.substring(0, nl);
        int colon = l.indexOf(": ");
        if (colon > 0) l = l.substring(0, colon);
        return l.length() > 160 ? l.substring(0, 160) + "…" : l;
    }

    /** Keeps the reader from closing the channel it was given, so that reading can resume past a bad record. */
    private static final class Unclosable implements SeekableByteChannel {
        private final SeekableByteChannel ch;

        Unclosable(SeekableByteChannel ch) {
            this.ch = ch;
        }

        @Override public int read(ByteBuffer dst) throws IOException { return ch.read(dst); }
        @Override public int write(ByteBuffer src) throws IOException { return ch.write(src); }
        @Override public long position() throws IOException { return ch.position(); }
        @Override public SeekableByteChannel position(long p) throws IOException { ch.position(p); return this; }
        @Override public long size() throws IOException { return ch.size(); }
        @Override public SeekableByteChannel truncate(long size) throws IOException { ch.truncate(size); return this; }
        @Override public boolean isOpen() { return ch.isOpen(); }
        @Override public void close() {}
    }
}
