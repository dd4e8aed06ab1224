package org.peristiwa.event.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peristiwa.Extractor;
import org.peristiwa.event.Modality;
import org.peristiwa.event.model.LinearModel;
import org.peristiwa.pipeline.Pipeline;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Report;

/**
 * The relevance gate: whether a report tells of conflict at all, decided before any event is built. The bundled
 * model is judged on reports we write in the style of real ones; a tiny hand-made model pins the gate's mechanics.
 */
class RelevanceGateTest {

    private static final Extractor STANDARD = Extractor.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 3, 12);

    private static List<EventRecord> acled(String text) {
        return STANDARD.extract(text, "t", PUBLISHED).events().stream().filter(EventRecord::isAcledEvent).toList();
    }

    @Test
    void sportInWarWordsGetsNoEvent() {
        String match = "Persebaya Tundukkan Arema 3-1\n\nSURABAYA - Persebaya Surabaya menaklukkan Arema FC 3-1 dalam laga Liga 1 "
                + "di Stadion Gelora Bung Tomo, Senin (11/3/2019). Tim tuan rumah terus menyerang sejak babak pertama dan "
                + "mencetak gol lewat serangan balik cepat pada menit ke-12. Arema sempat membalas melalui tendangan penalti, "
                + "namun Persebaya kembali menggempur pertahanan lawan dan merebut tiga poin. Pelatih Persebaya memuji "
                + "permainan anak asuhnya yang tampil agresif sepanjang pertandingan.";
        assertTrue(acled(match).isEmpty());
        Report r = STANDARD.extract(match, "t", PUBLISHED);
        assertFalse(r.relevance().conflict());
        assertTrue(r.dismissed().stream().anyMatch(d -> d.modality() == Modality.NOT_CONFLICT), "the triggers are set aside, with the reason");
    }

    private static Report page(String url, String title, String text) {
        String line = "{\"url\": \"" + url + "\", \"title\": \"" + title + "\", \"text\": \"" + text + "\"}\n";
        List<org.peristiwa.ingest.Document> docs = new java.util.ArrayList<>();
        new org.peristiwa.ingest.DocumentReader(1 << 20).read("p.jsonl", line.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new org.peristiwa.ingest.DocumentSink() {
                    public void document(org.peristiwa.ingest.Document d) { docs.add(d); }
                    public void problem(String where, String message) { throw new AssertionError(where + ": " + message); }
                });
        return STANDARD.extract(docs.get(0), PUBLISHED);
    }

    @Test
    void anOpinionPieceArguesAndReportsNoEvent() {
        String text = "Security forces fired live rounds at protesters in Khartoum on Monday, killing four demonstrators, doctors"
                + " said. The generals will not listen to reason unless the world makes them.";
        Report column = page("https://paper.example/opinion/2019/06/sudan-generals", "The generals must be stopped", text);
        assertFalse(column.relevance().conflict(), column.relevance().reason());
        assertTrue(column.relevance().reason().contains("url:/opinion/"), column.relevance().reason());
        assertTrue(column.events().isEmpty());
        Report editorial = page("https://paper.example/world/2019/06/sudan", "The view on Sudan: a country at the edge | Editorial", text);
        assertFalse(editorial.relevance().conflict());
        // the same words as a news story are an event
        Report news = page("https://paper.example/world/2019/06/sudan-protesters-killed", "Four protesters killed in Khartoum", text);
        assertFalse(news.events().isEmpty(), news.relevance().reason());
    }

    @Test
    void aMarketStoryInWarWordsGetsNoEvent() {
        assertTrue(acled("Shares of the two carmakers plunged on Tuesday as the price war between them escalated, with one firm "
                + "launching a hostile takeover bid and analysts warning of an explosive quarter for the sector. The companies "
                + "said sales fell 12 percent in February.").isEmpty());
    }

    @Test
    void anAttackInAConflictReportIsKept() {
        List<EventRecord> e = acled("Gunmen kill five soldiers in Borno\n\nMAIDUGURI, Nigeria - Suspected Boko Haram militants "
                + "attacked an army base near Monguno on Monday, killing five soldiers, military sources said. The insurgents "
                + "arrived in trucks and exchanged fire with troops for two hours before withdrawing, a soldier said.");
        assertFalse(e.isEmpty());
        assertEquals("Battles", e.get(0).eventType);
    }

    @Test
    void aReportInALanguageTheCoderDoesNotReadIsFlaggedAndGetsNoEvents() {
        Report r = STANDARD.extract("La polizia ha detto che due uomini armati hanno attaccato una caserma nel nord del paese "
                + "lunedì, uccidendo tre soldati e ferendone altri cinque. Gli aggressori sono fuggiti.", "t", PUBLISHED);
        assertEquals("it", r.language());
        assertTrue(r.events().isEmpty());
        assertTrue(r.hasFlag(RelevanceGate.UNSUPPORTED_LANGUAGE));
        assertFalse(r.relevance().conflict());
    }

    /** The standard pipeline with a relevance gate of this model at threshold 0.5. */
    private static Extractor gatedBy(LinearModel model) {
        return new Extractor(new Pipeline(List.copyOf(Pipeline.standard(null, null, false).components().stream()
                .map(c -> c instanceof RelevanceGate ? new RelevanceGate(model, RelevanceFeatures.standard(), 0.5) : c).toList())));
    }

    @Test
    void theGateDecidesOnTheMostConflictLikeTriggerAndExplainsItself() {
        // a model that knows one thing: a trigger in a sentence naming armed men is conflict
        LinearModel model = new LinearModel(List.of("conflict", "other"),
                Map.of("sentence-class:armed", new float[] {3f, -3f}), new float[] {-1f, 1f}, "test");
        Extractor gated = gatedBy(model);
        Report armed = gated.extract("Soldiers clashed with rebels near the village on Monday.", "t", PUBLISHED);
        assertTrue(armed.relevance().conflict());
        assertFalse(armed.events().isEmpty());
        assertNotNull(armed.relevance().evidence());
        assertTrue(armed.relevance().evidence().rule().contains("sentence-class:armed"), armed.relevance().evidence().rule());
        Report plain = gated.extract("The two teams clashed in a tense final on Monday.", "t", PUBLISHED);
        assertFalse(plain.relevance().conflict());
        assertTrue(plain.events().isEmpty());
    }

    @Test
    void anArticleMustClearAHigherBarThanANote() {
        // the armed sentence alone scores p = 0.52: enough for a note, not for the best of an article's many triggers
        LinearModel model = new LinearModel(List.of("conflict", "other"),
                Map.of("sentence-class:armed", new float[] {1.04f, -1.04f}), new float[] {-1f, 1f}, "test");
        Extractor gated = gatedBy(model);
        String act = "Soldiers clashed with rebels near the village on Monday.";
        Report note = gated.extract(act, "t", PUBLISHED);
        assertTrue(note.relevance().conflict(), note.relevance().evidence().rule());
        String filler = " The council met on Tuesday. It discussed the budget. Roads will be repaired. Schools open next week."
                + " The mayor thanked residents. Markets were busy.";
        Report article = gated.extract(act + filler, "t", PUBLISHED);
        assertEquals(note.relevance().probability(), article.relevance().probability(), 1e-9, "the same trigger, the same score");
        assertFalse(article.relevance().conflict(), article.relevance().evidence().rule());
    }
}
