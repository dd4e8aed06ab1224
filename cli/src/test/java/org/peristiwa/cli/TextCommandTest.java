package org.peristiwa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextCommandTest {

    @TempDir
    Path dir;

    
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private void files() throws IOException {
        Files.writeString(dir.resolve("a.html"), "<html><head><meta property='og:title' content='Judul'></head><body><nav>Menu</nav>"
                + "<article><p>Tiga orang tewas dalam kecelakaan di jalan tol Cipali pada Minggu malam, kata polisi.</p></article></body></html>");
        Files.write(dir.resolve("b.html"), new byte[] {0, 1, 2, 3, 4, 5});
        Files.writeString(dir.resolve("c.txt"), "Teks biasa.");
    }

    @Test
    void jsonLinesWithPathTextAndMetadataAndAOneLineErrorPerBadFile() throws IOException {
        files();
        CliRun r = run("text", "--json", dir.toString());
        assertEquals(1, r.code(), "a file failed");
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length, r.out());
        assertTrue(lines[0].startsWith("{\"path\":\"" + dir.resolve("a.html") + "\",\"text\":\"Tiga orang tewas"), lines[0]);
        assertTrue(lines[0].contains("\"title\":{\"value\":\"Judul\",\"source\":\"html:og:title\"}"), lines[0]);
        assertTrue(lines[1].contains("\"text\":\"Teks biasa.\""), lines[1]);
        assertEquals("peristiwa: " + dir.resolve("b.html") + ": binary data, not text (NUL byte at offset 0)", r.err().strip());
    }

    @Test
    void extractReadsHtmlAndGoesOnAfterABadFile() throws IOException {
        files();
        CliRun r = run("extract", dir.toString());
        assertEquals(1, r.code());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length, r.out() + r.err());
        assertTrue(lines[0].contains("\"title\":{\"value\":\"Judul\""), lines[0]);
        assertTrue(r.err().contains("b.html: binary data"), r.err());
        assertTrue(!r.err().contains("Exception"), "no stack trace: " + r.err());
    }

    @Test
    void plainTextModePrintsTheMainText() throws IOException {
        files();
        CliRun r = run("text", dir.resolve("a.html").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Tiga orang tewas dalam kecelakaan di jalan tol Cipali pada Minggu malam, kata polisi.", r.out().strip());
    }
}
