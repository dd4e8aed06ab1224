package org.peristiwa.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peristiwa.ingest.InputException;

class GoldReaderTest {

    @Test
    void readsAcledsApiJsonEventByEvent(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("acled.json");
        Files.writeString(json, "{\"status\":200,\"success\":true,\"count\":2,\"data\":["
                + "{\"event_id_cnty\":\"NGA1\",\"event_date\":\"2021-06-03\",\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\","
                + "\"fatalities\":\"2\",\"notes\":\"On 3 June 2021, troops clashed with militants near Monguno.\"},"
                + "{\"event_id_cnty\":\"NGA2\",\"event_date\":\"2021-06-04\",\"event_type\":\"Protests\",\"sub_event_type\":\"Peaceful protest\","
                + "\"fatalities\":null,\"notes\":\"On 4 June 2021, traders protested in Kano.\"}]}");
        List<GoldRow> rows = GoldReader.read(json);
        assertEquals(2, rows.size());
        assertEquals("Armed clash", rows.get(0).gold("sub_event_type"));
        assertTrue(rows.get(1).text().contains("traders protested"));
        assertEquals("", rows.get(1).gold("fatalities"), "a JSON null is a blank cell");
    }

    @Test
    void whatTheConsumerThrowsIsNotReportedAsABadFile(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("gold.csv"), json = dir.resolve("gold.json");
        Files.writeString(csv, "doc_id,text,event_type\nr1,Troops clashed with militants near Monguno.,Battles\n");
        Files.writeString(json, "[{\"doc_id\":\"r1\",\"notes\":\"Troops clashed near Monguno.\",\"event_type\":\"Battles\"}]");
        for (Path f : List.of(csv, json)) {
            IllegalStateException bug = assertThrows(IllegalStateException.class,
                    () -> GoldReader.stream(f, null, r -> { throw new IllegalStateException("a bug downstream"); }),
                    "a bug in the code reading the rows is that code's, not the file's");
            assertEquals("a bug downstream", bug.getMessage());
        }
    }

    @Test
    void labelsWithoutTextsAreJoinedToACorpusById(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("labels.csv"), corpus = dir.resolve("corpus.jsonl");
        Files.writeString(csv, "doc_id,publication_date,event_type\nnews:1,,Protests\nnews:2,2019-03-02,NONE\n");
        Files.writeString(corpus, "{\"id\":\"news:1\",\"text\":\"Ratusan buruh berunjuk rasa di Surabaya.\",\"published\":\"2019-03-01\"}\n"
                + "{\"id\":\"news:2\",\"text\":\"Harga cabai naik.\",\"published\":null}\n");
        List<GoldRow> rows = GoldReader.read(csv, CorpusTexts.read(corpus));
        assertEquals("Ratusan buruh berunjuk rasa di Surabaya.", rows.get(0).text());
        assertEquals(LocalDate.of(2019, 3, 1), rows.get(0).publicationDate(), "the corpus's date when the label has none");
        assertEquals(LocalDate.of(2019, 3, 2), rows.get(1).publicationDate(), "the label's own date first");
        assertThrows(InputException.class, () -> GoldReader.read(csv), "labels without texts need a corpus");
        Files.writeString(csv, "doc_id,event_type\nnews:9,Protests\n");
        InputException e = assertThrows(InputException.class, () -> GoldReader.read(csv, CorpusTexts.read(corpus)));
        assertTrue(e.getMessage().contains("news:9"), e.getMessage());
    }

    @Test
    void classWeightsLiftRareSubTypes() {
        List<org.peristiwa.event.model.TrainingExample> ex = new java.util.ArrayList<>();
        for (int i = 0; i < 90; i++) ex.add(new org.peristiwa.event.model.TrainingExample(Map.of("f", 1.0), "Armed clash"));
        for (int i = 0; i < 10; i++) ex.add(new org.peristiwa.event.model.TrainingExample(Map.of("f", 1.0), "Grenade"));
        List<org.peristiwa.event.model.TrainingExample> w = ModelTraining.classWeights(ex);
        double clash = w.get(0).weight(), grenade = w.get(95).weight();
        assertTrue(grenade > 2 * clash, clash + " vs " + grenade);
    }

    @Test
    void anIdsUnixTimeAnchorsARowWithoutAPublicationDate() {
        assertEquals(LocalDate.of(2016, 11, 15), GoldReader.retrievedOn("indosum:1479187529-cerita-samuel"));
        assertEquals(null, GoldReader.retrievedOn("fakes-1914947533"), "past 2029: a number, not a time");
        assertEquals(null, GoldReader.retrievedOn("CASE21-5"));
        assertEquals(null, GoldReader.retrievedOn("row-12345678901"), "eleven digits are no Unix time");
    }
}
