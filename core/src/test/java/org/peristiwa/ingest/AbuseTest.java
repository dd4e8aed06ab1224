package org.peristiwa.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/** Inputs that try to break the reader: each gets its message, and none stops the others. */
class AbuseTest {

    @TempDir
    Path dir;

    private static final String GOOD = "<html><body><div class='content'><p>Seorang warga tewas dalam serangan di Intan Jaya pada Senin pagi, kata polisi setempat.</p>"
            + "<p>Polisi masih memburu para pelaku yang melarikan diri ke hutan setelah serangan itu.</p></div></body></html>";

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
            gz.write(b);
        }
        return bo.toByteArray();
    }

    /** Writes the abuse set and one good page between each two of them; returns the files in reading order. */
    private Path[] abuseSet() throws IOException {
        byte[] good = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] gz = gzip(good);
        Files.write(dir.resolve("01-truncated.html.gz"), Arrays.copyOf(gz, gz.length / 2));
        Path warc = WarcArchiveReaderTest.writeWarc(dir.resolve("02-corrupt.warc"), WarcCompression.NONE);
        byte[] w = Files.readAllBytes(warc);
        String s = new String(w, StandardCharsets.ISO_8859_1);
        int rec = s.indexOf("\nWARC/1.", s.indexOf("https://news.example/one\r\n"));
        w[rec + 4] = 'X';
        Files.write(warc, w);
        try (OutputStream o = Files.newOutputStream(dir.resolve("03-huge.html"))) {
            o.write("<html><body><div class='content'>".getBytes(StandardCharsets.UTF_8));
            byte[] para = "<p>Kalimat yang diulang-ulang untuk membuat halaman yang sangat besar sekali.</p>\n".getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 50L * 1024 * 1024; n += para.length) o.write(para);
            o.write("</div></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        StringBuilder deep = new StringBuilder("<html><body>");
        for (int i = 0; i < 10_000; i++) deep.append("<div>");
        deep.append("<p>Teks di dasar sarang yang sangat dalam, cukup panjang untuk dibaca sebagai paragraf berita.</p>");
        for (int i = 0; i < 10_000; i++) deep.append("</div>");
        deep.append("</body></html>");
        Files.writeString(dir.resolve("04-deep.html"), deep);
        Files.write(dir.resolve("05-invalid-utf8.txt"), new byte[] {'B', 'o', 'm', ' ', (byte) 0x81, (byte) 0xC3, '(', (byte) 0xFF, (byte) 0xFE, (byte) 0x9D, 'x', 'y'});
        byte[] bin = new byte[4096];
        for (int i = 0; i < bin.length; i++) bin[i] = (byte) (i * 31);
        Files.write(dir.resolve("06-binary.html"), bin);
        Files.writeString(dir.resolve("07-empty-feed.xml"), "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Nothing</title></feed>");
        StringBuilder attr = new StringBuilder("<html><body><div data-x=\"");
        attr.append("a".repeat(5_000_000)).append("\">").append(GOOD, GOOD.indexOf("<p>"), GOOD.indexOf("</div>")).append("</div></body></html>");
        Files.writeString(dir.resolve("08-huge-attribute.html"), attr);
        Files.write(dir.resolve("09-good.html.gz"), gz);
        return new Path[] {dir.resolve("01-truncated.html.gz"), warc, dir.resolve("03-huge.html"), dir.resolve("04-deep.html"),
                dir.resolve("05-invalid-utf8.txt"), dir.resolve("06-binary.html"), dir.resolve("07-empty-feed.xml"),
                dir.resolve("08-huge-attribute.html"), dir.resolve("09-good.html.gz")};
    }

    @Test
    void eachAbuseGetsItsMessageAndTheBatchGoesOn() throws IOException {
        Path[] files = abuseSet();
        DocumentReader reader = new DocumentReader(20L * 1024 * 1024);
        Collected c = new Collected();
        for (Path f : files) reader.read(f.getFileName().toString(), f, c);
        String problems = String.join("\n", c.problems);
        assertTrue(problems.contains("01-truncated.html.gz: truncated or corrupt gzip data"), problems);
        assertTrue(problems.contains("02-corrupt.warc@") && problems.contains("corrupt WARC record"), problems);
        assertTrue(problems.contains("03-huge.html: too large: 52428") && problems.contains("raise it with --max-bytes"), problems);
        assertTrue(problems.contains("05-invalid-utf8.txt: not valid UTF-8 (first bad byte at offset 4)"), problems);
        assertTrue(problems.contains("06-binary.html: binary data, not text (NUL byte at offset 0)"), problems);
        assertTrue(problems.contains("07-empty-feed.xml: the feed has no entries"), problems);
        assertEquals(6, c.problems.size(), problems);
        // what could be read was read: two pages of the corrupt archive, the deep page, the huge attribute, the good page
        assertEquals(5, c.documents.size(), problems);
        assertTrue(c.documents.stream().anyMatch(d -> d.origin().equals("04-deep.html") && d.text().contains("Teks di dasar sarang")));
        assertTrue(c.documents.stream().anyMatch(d -> d.origin().equals("08-huge-attribute.html") && d.text().contains("Intan Jaya")));
        assertTrue(c.documents.stream().anyMatch(d -> d.origin().equals("09-good.html.gz") && d.text().contains("Intan Jaya")));
    }

    @Test
    void aLargerLimitReadsTheBigPageWithoutStackOrQuadraticTrouble() throws IOException {
        StringBuilder html = new StringBuilder("<html><body><div class='content'>");
        while (html.length() < 5_000_000) html.append("<p>Kalimat berita yang cukup panjang, diulang untuk halaman besar.</p>\n");
        html.append("</div></body></html>");
        Collected c = new Collected();
        new DocumentReader(8L * 1024 * 1024).read("big.html", html.toString().getBytes(StandardCharsets.UTF_8), c);
        assertEquals(1, c.documents.size(), c.problems.toString());
        assertTrue(c.documents.get(0).text().length() > 4_000_000);
    }

    @Test
    void aStreamOverTheLimitIsRefusedWithoutReadingItAll() {
        Collected c = new Collected();
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        new DocumentReader(1024 * 1024).read("-", endless, c);
        assertEquals(1, c.problems.size());
        assertTrue(c.problems.get(0).startsWith("-: too large: more than 1048576"), c.problems.get(0));
    }

    @Test
    void aGzipBombStopsAtTheLimit() throws IOException {
        byte[] bomb = gzip(new byte[30 * 1024 * 1024]);
        Path f = dir.resolve("bomb.txt.gz");
        Files.write(f, bomb);
        Collected c = new Collected();
        new DocumentReader(1024 * 1024).read("bomb.txt.gz", f, c);
        assertEquals(1, c.problems.size());
        assertTrue(c.problems.get(0).contains("too large: more than 1048576 bytes once decompressed"), c.problems.get(0));
    }

    @Test
    void latin1TextIsReadWithANotice() {
        Collected c = new Collected();
        new DocumentReader(1 << 20).read("fr.txt", "Le café a été fermé à Mossoul.".getBytes(StandardCharsets.ISO_8859_1), c);
        assertEquals("Le café a été fermé à Mossoul.", c.documents.get(0).text());
        assertEquals(1, c.notices.size());
    }
}
