package org.peristiwa.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.peristiwa.Extractor;
import org.peristiwa.ingest.html.HtmlReader;
import org.peristiwa.report.Report;

/** A page read from HTML goes through the extractor with its metadata and evidence. */
class ExtractDocumentTest {

    @Test
    void pageMetadataBecomesReportMetadataWithEvidence() throws InputException {
        Document d = HtmlReader.read("id-news.html", Collected.resource("id-news.html"), null, PageMetadata.NONE, null);
        Report r = Extractor.standard().extract(d, null);
        assertTrue(r.text().startsWith("Bentrok di Wamena, dua warga tewas\n\nWAMENA, WARTA CONTOH - "), r.text());
        var m = r.metadata();
        assertEquals("Bentrok di Wamena, dua warga tewas", m.title.value());
        assertEquals("html:og:title", m.title.evidence().rule());
        assertEquals(m.title.value(), m.title.evidence().quote(), "the title is quoted from the text's first line");
        assertEquals("2024-03-09T14:20+07:00", m.published.value());
        assertEquals("html:article:published_time", m.published.evidence().rule());
        assertEquals(0, m.published.evidence().end() - m.published.evidence().start(), "not in the text: an empty span");
        assertEquals("https://warta-contoh.example/berita/2024/03/bentrok-wamena", m.url.value());
        assertEquals("Yohanes Tabuni", m.author.value());
        assertEquals("Warta Contoh", m.outlet.value());
        assertEquals(java.time.LocalDate.of(2024, 3, 9), r.anchorDate(), "the page's date anchors relative dates");
        assertEquals("ant/pr", m.credit.code(), "the closing credit is read by the press conventions");
    }

    @Test
    void plainTextDocumentsAreUnchanged() {
        Document d = new Document("a.txt", "JAKARTA - Ribuan buruh berunjuk rasa di depan Istana Merdeka, Senin (1/5/2023).");
        Report r = Extractor.standard().extract(d, null);
        assertEquals(d.text(), r.text());
    }
}
