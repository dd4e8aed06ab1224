package org.peristiwa.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peristiwa.Extractor;
import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.PageMetadata;
import org.peristiwa.ingest.Sourced;
import org.peristiwa.merge.MergedEvent;
import org.peristiwa.merge.Mention;

class EventStoreTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/merge/one-event-four-outlets.jsonl");

    @TempDir
    Path dir;

    /** The cluster each fixture report was written for, by report id. */
    private static Map<String, String> clusters(List<Document> docs) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(FIXTURE).stream().filter(l -> !l.isBlank()).toList();
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            JsonNode n = json.readTree(lines.get(i));
            out.put(Extractor.reportId(Extractor.reportText(docs.get(i))), n.get("cluster").asText());
        }
        return out;
    }

    @Test
    void oneEventToldByFourOutletsAndTwoLookalikesMakeThreeEvents() throws Exception {
        List<Document> docs = Corpus.documents(FIXTURE);
        Map<String, String> cluster = clusters(docs);
        List<Incoming> reports = Corpus.extract(docs);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.add(reports);
            List<MergedEvent> events = store.events(EventQuery.all().acled());
            assertEquals(3, events.size(), events.stream().map(e -> e.id() + " " + e.mentionIds()).toList().toString());
            // each event holds the reports of one cluster, and all of them
            Map<String, Integer> perCluster = new HashMap<>();
            for (String c : cluster.values()) perCluster.merge(c, 1, Integer::sum);
            for (MergedEvent ev : events) {
                Set<String> cs = new HashSet<>();
                for (String m : ev.mentionIds()) cs.add(cluster.get(m.substring(0, m.lastIndexOf('-'))));
                assertEquals(1, cs.size(), ev.mentionIds().toString());
                String c = cs.iterator().next();
                assertEquals(perCluster.get(c), ev.numReports(), c);
                // the coded toll is the lowest independent figure among its reports
                List<Mention> ms = store.mentionsOf(ev.id());
                int lowest = ms.stream().filter(Mention::givesFatalities).mapToInt(m -> m.record().fatalities).min().orElse(0);
                assertEquals(lowest, ev.record().fatalities);
                if (ev.numReports() == 4) {
                    assertTrue(ev.numSources() >= 4, "sources: " + ev.record().sources);
                    assertTrue(ev.fatalitiesMin() < ev.fatalitiesMax(), "the outlets give different tolls");
                }
            }
            assertTrue(events.stream().anyMatch(e -> e.numReports() == 4));
        }
    }

    @Test
    void ingestingTheSameReportsAgainChangesNothing() {
        List<Incoming> reports = Corpus.extract(FIXTURE);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            IngestResult first = store.add(reports);
            assertEquals(reports.size(), first.added());
            Map<String, Long> counts = store.counts();
            Map<String, List<String>> events = store.eventMembership();
            IngestResult again = store.add(reports);
            assertEquals(0, again.added());
            assertEquals(reports.size(), again.skipped());
            assertEquals(counts, store.counts());
            assertEquals(events, store.eventMembership());
        }
    }

    @Test
    void theEventsDoNotDependOnOrderOrBatching() {
        List<Incoming> reports = Corpus.extract(FIXTURE);
        Map<String, List<String>> together;
        try (EventStore store = EventStore.open(dir.resolve("a.duckdb"))) {
            store.add(reports);
            together = store.eventMembership();
        }
        List<Incoming> reversed = new ArrayList<>(reports);
        Collections.reverse(reversed);
        try (EventStore store = EventStore.open(dir.resolve("b.duckdb"))) {
            for (Incoming in : reversed) store.add(List.of(in));
            assertEquals(together, store.eventMembership());
        }
    }

    @Test
    void theSameUrlWithANewTextReplacesItsReport() {
        Extractor ex = Extractor.standard();
        PageMetadata page = PageMetadata.NONE.withUrl(new Sourced("https://news.example/2021/konduga", "test"));
        Document first = new Document("a", "Gunmen killed five villagers in Konduga, Borno State, on 1 March 2021, police said.", page);
        Document second = new Document("b", "Gunmen killed seven villagers in Konduga, Borno State, on 1 March 2021, police said.", page);
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.add(List.of(Incoming.of(ex.extract(first, null))));
            IngestResult r = store.add(List.of(Incoming.of(ex.extract(second, null))));
            assertEquals(1, r.replaced());
            assertEquals(1L, store.counts().get("reports"));
            assertEquals(1L, store.counts().get("events"));
            MergedEvent ev = store.events(EventQuery.all()).get(0);
            assertEquals(7, ev.record().fatalities);
            assertEquals(1, ev.numReports());
        }
    }

    @Test
    void aStoreFromANewerVersionIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("s.duckdb");
        try (EventStore store = EventStore.open(file)) {
            store.add(Corpus.extract(FIXTURE));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
        }
        StoreException e = assertThrows(StoreException.class, () -> EventStore.open(file));
        assertTrue(e.getMessage().contains("newer peristiwa") && e.getMessage().startsWith(file.toString()), e.getMessage());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT count(*) FROM reports")) {
            r.next();
            assertTrue(r.getLong(1) > 0, "nothing lost");
        }
    }

    @Test
    void aFileThatIsNoStoreGetsOneClearLine() throws Exception {
        Path file = dir.resolve("notes.duckdb");
        Files.writeString(file, "these are my notes, not a database\n".repeat(200));
        StoreException e = assertThrows(StoreException.class, () -> EventStore.open(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals("these are my notes, not a database\n".repeat(200), Files.readString(file), "the file is untouched");
        StoreException missing = assertThrows(StoreException.class, () -> EventStore.open(dir.resolve("no/such/dir/s.duckdb")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        StoreException absent = assertThrows(StoreException.class, () -> EventStore.openReadOnly(dir.resolve("absent.duckdb")));
        assertTrue(absent.getMessage().contains("no such event store"), absent.getMessage());
    }

    @Test
    void aStoreAnotherProcessHoldsGetsOneClearLine() throws Exception {
        Path file = dir.resolve("held.duckdb");
        try (EventStore store = EventStore.open(file)) {
            store.add(Corpus.extract(FIXTURE));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldChild.class.getName(),
                file.toString()).redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()))) {
            assertEquals("open", out.readLine());
            StoreException e = assertThrows(StoreException.class, () -> EventStore.open(file));
            assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("another process"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        } finally {
            holder.destroyForcibly().waitFor();
        }
        try (EventStore store = EventStore.openReadOnly(file)) {
            assertEquals(Corpus.extract(FIXTURE).size(), store.counts().get("reports"), "nothing lost");
        }
    }

    @Test
    void aFolderItCannotWriteGetsOneClearLine() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        ro.toFile().setWritable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro), "running as a user who may write anywhere (root)");
            StoreException e = assertThrows(StoreException.class, () -> EventStore.open(ro.resolve("s.duckdb")));
            assertTrue(e.getMessage().contains("not writable"), e.getMessage());
        } finally {
            ro.toFile().setWritable(true, false);
        }
    }

    @Test
    void queriesFilterAndExplainSaysWhy() {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.add(Corpus.extract(FIXTURE));
            List<MergedEvent> all = store.events(EventQuery.all());
            MergedEvent big = all.stream().filter(e -> e.numReports() == 4).findFirst().orElseThrow();
            String country = big.record().country;
            EventQuery byCountry = new EventQuery(null, null, country, null, null, null, null, null, null, null, null, false, 100, 0);
            assertEquals(all.stream().filter(e -> country.equals(e.record().country)).count(), store.count(byCountry));
            EventQuery tooMany = new EventQuery(null, null, null, null, null, null, null, null, 10_000, null, null, false, 100, 0);
            assertEquals(0, store.count(tooMany));
            double lat = big.record().latitude, lon = big.record().longitude;
            EventQuery box = new EventQuery(null, null, null, null, new double[] {lon - 0.01, lat - 0.01, lon + 0.01, lat + 0.01},
                    null, null, null, null, null, null, false, 100, 0);
            assertTrue(store.events(box).stream().anyMatch(e -> e.id().equals(big.id())));
            Explanation ex = store.explain(big.id()).orElseThrow();
            assertEquals(6, ex.links().size(), "every pair of the four reports compared");
            assertTrue(ex.links().stream().allMatch(Explanation.Line::linked));
            assertFalse(ex.nearMisses().isEmpty(), "the lookalikes are near misses");
            assertTrue(ex.nearMisses().stream().allMatch(l -> !l.reason().isBlank()));
        }
    }
}
