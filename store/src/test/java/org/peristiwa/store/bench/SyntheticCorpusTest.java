package org.peristiwa.store.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peristiwa.kb.KnowledgeFileException;
import org.peristiwa.store.bench.SyntheticCorpus.SyntheticEvent;
import org.peristiwa.store.bench.SyntheticCorpus.SyntheticReport;

class SyntheticCorpusTest {

    private static final String HEADER = "language\tsub_event_type\tpart\ttemplate\n";

    @Test
    void sameSeedWritesByteIdenticalFiles(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.jsonl"), b = dir.resolve("b.jsonl");
        SyntheticCorpus.write(SyntheticCorpus.generate(42, 80), a);
        SyntheticCorpus.write(SyntheticCorpus.generate(42, 80), b);
        assertEquals(-1L, Files.mismatch(a, b), "same seed, different bytes");
        assertTrue(Files.size(a) > 0);
    }

    @Test
    void differentSeedsDiffer() {
        assertNotEquals(SyntheticCorpus.generate(1, 40), SyntheticCorpus.generate(2, 40));
    }

    @Test
    void everyClusterHasOneToFiveReportsFromDistinctOutlets() {
        Map<String, List<SyntheticReport>> byCluster = new HashMap<>();
        for (SyntheticReport r : SyntheticCorpus.generate(7, 200)) {
            byCluster.computeIfAbsent(r.cluster(), k -> new ArrayList<>()).add(r);
        }
        assertEquals(200, byCluster.size());
        Set<Integer> sizes = new HashSet<>();
        for (Map.Entry<String, List<SyntheticReport>> e : byCluster.entrySet()) {
            int n = e.getValue().size();
            assertTrue(n >= 1 && n <= 5, e.getKey() + " has " + n + " reports");
            sizes.add(n);
            Set<String> outlets = new HashSet<>();
            for (SyntheticReport r : e.getValue()) outlets.add(r.url().split("/")[2]);
            assertEquals(n, outlets.size(), e.getKey() + ": two reports from one outlet");
        }
        assertEquals(Set.of(1, 2, 3, 4, 5), sizes);
    }

    @Test
    void bothLanguagesPresentAndReportsWellFormed() {
        Set<String> languages = new HashSet<>();
        Set<String> urls = new HashSet<>();
        for (SyntheticReport r : SyntheticCorpus.generate(3, 60)) {
            languages.add(r.language());
            assertTrue(r.url().matches("https://[a-z0-9.-]+/\\d{4}/[a-z0-9-]+-\\d+"), r.url());
            assertTrue(r.url().contains("/" + r.published().substring(0, 4) + "/"), r.url());
            assertTrue(urls.add(r.url()), "duplicate url " + r.url());
            LocalDate.parse(r.published());
            assertTrue(!r.title().isBlank() && !r.text().isBlank());
            assertTrue(!r.text().contains("{") && !r.text().contains("  ") && !r.text().contains(" ,"), r.text());
        }
        assertEquals(Set.of("en", "id"), languages);
    }

    @Test
    void writtenLinesHaveTheReaderFieldsAndTheCluster(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.jsonl");
        List<SyntheticReport> reports = SyntheticCorpus.generate(5, 10);
        SyntheticCorpus.write(reports, file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(reports.size(), lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        List<String> fields = new ArrayList<>();
        for (Iterator<String> it = first.fieldNames(); it.hasNext(); ) fields.add(it.next());
        assertEquals(List.of("url", "published", "title", "text", "language", "cluster"), fields);
        assertEquals(reports.get(0).text(), first.get("text").asText());
    }

    @Test
    void lookalikesAreSameSubTypeAndFarApartOrDaysApart() {
        Map<String, SyntheticEvent> byCluster = new HashMap<>();
        List<SyntheticEvent> events = SyntheticCorpus.events(11, 300);
        for (SyntheticEvent e : events) byCluster.put(e.cluster(), e);
        int sameDay = 0, sameTown = 0;
        for (SyntheticEvent e : events) {
            if (e.lookalikeOf() == null) continue;
            SyntheticEvent base = byCluster.get(e.lookalikeOf());
            assertEquals(base.subEventType(), e.subEventType());
            assertEquals(base.admin1(), e.admin1());
            if (e.lookalikeKind().equals("same-day-other-town")) {
                sameDay++;
                assertEquals(base.eventDate(), e.eventDate());
                assertTrue(km(base, e) >= 50, e.cluster() + " is " + km(base, e) + " km from " + base.cluster());
            } else {
                sameTown++;
                assertEquals("same-town-other-day", e.lookalikeKind());
                assertEquals(base.location(), e.location());
                long days = Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(base.eventDate()),
                        LocalDate.parse(e.eventDate())));
                assertTrue(days >= 3, e.cluster() + " is " + days + " days from " + base.cluster());
            }
        }
        assertTrue(sameDay > 0 && sameTown > 0, "lookalikes: " + sameDay + " same-day, " + sameTown + " same-town");
    }

    @Test
    void reportsDateTheEventAsTheirDateFormSays() {
        for (SyntheticEvent e : SyntheticCorpus.events(9, 100)) {
            LocalDate date = LocalDate.parse(e.eventDate());
            for (SyntheticCorpus.Telling t : e.tellings()) {
                long lag = ChronoUnit.DAYS.between(date, LocalDate.parse(t.report().published()));
                assertTrue(lag >= 0 && lag <= 2, t.report().url() + " lag " + lag);
                switch (t.dateForm()) {
                    case "none" -> assertEquals(0, lag);
                    case "yesterday" -> assertEquals(1, lag);
                    default -> assertTrue(!t.datePhrase().isEmpty());
                }
                if (e.fatalities() == 0) assertEquals(0, t.figureValue());
                else assertTrue(t.figureValue() >= 2 && t.report().title().length() > 0);
            }
        }
    }

    @Test
    void templateLoaderRejectsAMalformedLineNamingFileAndLine() {
        String twoCells = HEADER + "# a comment\nen\tAttack\ttitle\n";
        KnowledgeFileException e = assertThrows(KnowledgeFileException.class,
                () -> SyntheticCorpus.readTemplates("bad-templates.tsv", stream(twoCells)));
        assertTrue(e.getMessage().contains("bad-templates.tsv:3"), e.getMessage());

        String unknownPlaceholder = HEADER + "en\tAttack\ttitle\t{Actor1} kill {dead} in {village}\n";
        e = assertThrows(KnowledgeFileException.class,
                () -> SyntheticCorpus.readTemplates("bad-templates.tsv", stream(unknownPlaceholder)));
        assertTrue(e.getMessage().contains("bad-templates.tsv:2") && e.getMessage().contains("{village}"),
                e.getMessage());

        String undatedLede = HEADER + "en\tAttack\tlede\t{Actor1} attacked {actor2} in {where}, killing {dead}.\n";
        e = assertThrows(KnowledgeFileException.class,
                () -> SyntheticCorpus.readTemplates("bad-templates.tsv", stream(undatedLede)));
        assertTrue(e.getMessage().contains("bad-templates.tsv:2"), e.getMessage());

        String wrongHeader = "lang\tsub_event_type\tpart\ttemplate\n";
        e = assertThrows(KnowledgeFileException.class,
                () -> SyntheticCorpus.readTemplates("bad-templates.tsv", stream(wrongHeader)));
        assertTrue(e.getMessage().contains("bad-templates.tsv:1") && e.getMessage().contains("language"),
                e.getMessage());
    }

    @Test
    void tidyMendsPunctuationLeftByAnEmptyDate() {
        assertEquals("Militan menyerang warga di Bama, Borno, menewaskan 5 orang.",
                SyntheticCorpus.tidy("militan menyerang warga di Bama, Borno ,  menewaskan 5 orang."));
        assertEquals("Police dispersed them.", SyntheticCorpus.tidy("Police dispersed them ."));
        assertEquals("Di Bama, Rabu (3/3/2021), menewaskan 5 orang.",
                SyntheticCorpus.tidy("di Bama , Rabu (3/3/2021), , menewaskan 5 orang."));
    }

    @Test
    void numberWords() {
        assertEquals("seventeen", SyntheticCorpus.numberWords(17, "en"));
        assertEquals("tujuh belas", SyntheticCorpus.numberWords(17, "id"));
        assertEquals("sebelas", SyntheticCorpus.numberWords(11, "id"));
        assertEquals("dua puluh lima", SyntheticCorpus.numberWords(25, "id"));
        assertEquals("25", SyntheticCorpus.numberWords(25, "en"));
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static double km(SyntheticEvent a, SyntheticEvent b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(h));
    }
}
