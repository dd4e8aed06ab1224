package org.peristiwa.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcArchiveReaderTest {

    @TempDir
    Path dir;

    static final Instant FETCHED = Instant.parse("2024-03-10T01:02:03Z");

    static byte[] http(String contentType, byte[] body) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    static String page(String title, String body) {
        return "<html><head><title>" + title + "</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                + "<div class='article-body'><p>" + body + "</p><p>" + body + " Second paragraph with more words in it.</p></div>"
                + "<footer>Copyright</footer></body></html>";
    }

    /** Writes an archive: two pages, a request, an image and a third page. */
    static Path writeWarc(Path file, WarcCompression compression) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter w = new WarcWriter(ch, compression)) {
            w.write(new WarcRequest.Builder(URI.create("https://news.example/one")).date(FETCHED)
                    .body(MediaType.HTTP_REQUEST, "GET /one HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build());
            w.write(response("https://news.example/one", "text/html; charset=utf-8",
                    page("One", "Armed men attacked a village near the river on Monday, residents said.")));
            w.write(response("https://news.example/two", "text/html",
                    page("Two", "Protesters marched through the capital on Tuesday demanding higher wages.")));
            w.write(new WarcResponse.Builder(URI.create("https://news.example/logo.png")).date(FETCHED)
                    .body(MediaType.HTTP_RESPONSE, http("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})).build());
            w.write(response("https://news.example/three", "text/html; charset=utf-8",
                    page("Three", "Floods displaced thousands of families in the delta on Wednesday.")));
        }
        return file;
    }

    static WarcResponse response(String uri, String type, String html) {
        return new WarcResponse.Builder(URI.create(uri)).date(FETCHED)
                .body(MediaType.HTTP_RESPONSE, http(type, html.getBytes(StandardCharsets.UTF_8))).build();
    }

    @Test
    void everyHtmlResponseBecomesADocumentWithUriAndFetchDate() throws IOException {
        for (WarcCompression comp : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
            Path f = writeWarc(dir.resolve("a.warc" + (comp == WarcCompression.GZIP ? ".gz" : "")), comp);
            Collected c = new Collected();
            new DocumentReader(1 << 20).read(f.getFileName().toString(), f, c);
            assertEquals(3, c.documents.size(), comp + ": " + c.problems);
            assertTrue(c.problems.isEmpty(), c.problems.toString());
            Document one = c.documents.get(0);
            assertTrue(one.text().startsWith("Armed men attacked a village"), one.text());
            assertTrue(!one.text().contains("Home") && !one.text().contains("Copyright"));
            assertEquals(new Sourced("https://news.example/one", "warc:WARC-Target-URI"), one.page().url());
            assertEquals(new Sourced("2024-03-10T01:02:03Z", "warc:WARC-Date"), one.page().fetched());
            assertEquals(new Sourced("One", "html:title"), one.page().title());
            assertTrue(one.origin().startsWith(f.getFileName() + "@"), one.origin());
            assertEquals("https://news.example/three", c.documents.get(2).page().url().value());
        }
    }

    @Test
    void aCorruptRecordIsSkippedAndTheRestRead() throws IOException {
        Path f = writeWarc(dir.resolve("c.warc"), WarcCompression.NONE);
        byte[] b = Files.readAllBytes(f);
        String s = new String(b, StandardCharsets.ISO_8859_1);
        int second = s.indexOf("WARC/1.", s.indexOf("https://news.example/one\r\n") );
        int third = s.indexOf("\nWARC/1.", second);  // the record for page two
        b[third + 1 + 3] = 'X';                      // "WARX/1.": not a record header any more
        Files.write(f, b);
        Collected c = new Collected();
        new DocumentReader(1 << 20).read("c.warc", f, c);
        assertEquals(2, c.documents.size(), c.problems.toString());
        assertEquals("https://news.example/one", c.documents.get(0).page().url().value());
        assertEquals("https://news.example/three", c.documents.get(1).page().url().value());
        assertEquals(1, c.problems.size(), c.problems.toString());
        assertTrue(c.problems.get(0).contains("corrupt WARC record"), c.problems.get(0));
    }

    @Test
    void aCorruptGzipMemberIsSkippedAndTheRestRead() throws IOException {
        Path f = writeWarc(dir.resolve("c.warc.gz"), WarcCompression.GZIP);
        byte[] b = Files.readAllBytes(f);
        // find the third gzip member (the second page) and garble its compressed data
        int member = 0, at = -1;
        for (int i = 0; i + 2 < b.length; i++) {
            if ((b[i] & 0xFF) == 0x1f && (b[i + 1] & 0xFF) == 0x8b && b[i + 2] == 8 && ++member == 3) {
                at = i;
                break;
            }
        }
        assertTrue(at > 0);
        for (int i = at + 12; i < at + 40; i++) b[i] = (byte) 0xFF;
        Files.write(f, b);
        Collected c = new Collected();
        new DocumentReader(1 << 20).read("c.warc.gz", f, c);
        assertTrue(c.documents.stream().anyMatch(d -> d.page().url().value().endsWith("/one")), c.problems.toString());
        assertTrue(c.documents.stream().anyMatch(d -> d.page().url().value().endsWith("/three")), c.problems.toString());
        assertTrue(c.problems.stream().anyMatch(p -> p.contains("corrupt WARC record")), c.problems.toString());
    }
}
