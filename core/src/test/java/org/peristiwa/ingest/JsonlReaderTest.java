package org.peristiwa.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {

    @Test
    void oneReportPerLineAndABadLineIsSkipped() {
        String jsonl = "{\"text\": \"Dua polisi terluka di Yahukimo.\", \"url\": \"https://x.example/1\", \"title\": \"Polisi terluka\", \"published\": \"2024-02-01T10:00:00+09:00\"}\n"
                + "not json at all\n"
                + "\n"
                + "{\"html\": \"<html><body><nav>Menu</nav><article><p>Protesters gathered outside parliament in Jakarta on Monday, police said.</p></article></body></html>\", \"title\": \"Protest\"}\n"
                + "{\"url\": \"https://x.example/3\"}\n";
        Collected c = new Collected();
        new DocumentReader(1 << 20).read("r.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), c);
        assertEquals(2, c.documents.size(), c.problems.toString());
        Document a = c.documents.get(0);
        assertEquals("r.jsonl#line1", a.origin());
        assertEquals("Dua polisi terluka di Yahukimo.", a.text());
        assertEquals(new Sourced("2024-02-01T10:00+09:00", "jsonl:published", "2024-02-01T10:00:00+09:00"), a.page().published());
        assertEquals(new Sourced("https://x.example/1", "jsonl:url"), a.page().url());
        Document b = c.documents.get(1);
        assertEquals("Protesters gathered outside parliament in Jakarta on Monday, police said.", b.text());
        assertEquals(new Sourced("Protest", "jsonl:title"), b.page().title(), "the line's own title wins over the page's");
        assertEquals(2, c.problems.size());
        assertTrue(c.problems.get(0).startsWith("r.jsonl#line2: not a JSON object"), c.problems.get(0));
        assertEquals("r.jsonl#line5: no 'text' or 'html' field", c.problems.get(1));
    }
}
