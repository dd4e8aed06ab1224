package org.peristiwa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, query, export and explain as a user runs them, and the export read back by eval. */
class StoreCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Three reports of distinct events, with gold rows, written for this test. */
    private static final String GOLD = """
            doc_id,text,publication_date,event_type,sub_event_type,country,admin1,event_date,fatalities
            a,"Gunmen killed five villagers in Konduga, Borno State, on 1 March 2021, police said.",2021-03-02,Violence against civilians,Attack,Nigeria,Borno,2021-03-01,5
            b,"Hundreds of students staged a protest outside the governor's office in Makassar, South Sulawesi, on 3 March 2021, demanding lower tuition fees.",2021-03-04,Protests,Peaceful protest,Indonesia,South Sulawesi,2021-03-03,0
            c,"Two soldiers were killed when a roadside bomb struck their patrol near Gao, Mali, on 5 March 2021, the army said.",2021-03-06,Explosions/Remote violence,Remote explosive/landmine/IED,Mali,Gao,2021-03-05,2
            """;

    @Test
    void ingestQueryExportExplainAndTheExportScoresAsTheDirectRun(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.csv"), db = dir.resolve("s.duckdb");
        Files.writeString(gold, GOLD);
        CliRun in = CliRun.of("ingest", "--quiet", "--gold", gold.toString(), "--db", db.toString());
        assertEquals(0, in.code(), in.err());
        assertTrue(in.err().contains("3 reports stored"), in.err());
        CliRun again = CliRun.of("ingest", "--quiet", "--gold", gold.toString(), "--db", db.toString());
        assertTrue(again.err().contains("0 reports stored, 3 skipped"), again.err());

        CliRun q = CliRun.of("query", "--db", db.toString(), "--output", "jsonl", "--country", "Nigeria");
        assertEquals(0, q.code(), q.err());
        List<String> lines = q.out().lines().toList();
        assertEquals(1, lines.size(), q.out());
        JsonNode ev = JSON.readTree(lines.get(0));
        assertEquals("Attack", ev.at("/record/sub_event_type").asText());
        CliRun table = CliRun.of("query", "--db", db.toString());
        assertTrue(table.out().contains("3 of 3 matching events"), table.out());
        CliRun bad = CliRun.of("query", "--db", db.toString(), "--bbox", "10,10,0,0");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("bounding box") && !bad.err().contains("Exception"), bad.err());

        Path csv = dir.resolve("events.csv"), geo = dir.resolve("events.geojson"), pq = dir.resolve("events.parquet"), jl = dir.resolve("events.jsonl");
        assertEquals(0, CliRun.of("export", "--db", db.toString(), "--format", "acled-csv", "--out", csv.toString()).code());
        assertEquals(0, CliRun.of("export", "--db", db.toString(), "--format", "geojson", "--out", geo.toString()).code());
        assertEquals(0, CliRun.of("export", "--db", db.toString(), "--format", "parquet", "--out", pq.toString()).code());
        assertEquals(0, CliRun.of("export", "--db", db.toString(), "--format", "jsonl", "--out", jl.toString()).code());
        String header = Files.readAllLines(csv).get(0);
        assertTrue(header.startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1"), header);
        assertEquals(4, Files.readAllLines(csv).size(), "a header and three events");
        JsonNode fc = JSON.readTree(geo.toFile());
        assertEquals(3, fc.get("features").size());
        assertEquals("Point", fc.at("/features/0/geometry/type").asText());
        assertTrue(new String(Files.readAllBytes(pq), 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("PAR1"), "a Parquet file");
        assertEquals(3, Files.readAllLines(jl).size());
        CliRun badFormat = CliRun.of("export", "--db", db.toString(), "--format", "xlsx", "--out", csv.toString());
        assertEquals(2, badFormat.code());
        assertTrue(badFormat.err().contains("unknown format 'xlsx'"), badFormat.err());

        CliRun explain = CliRun.of("explain", "--db", db.toString(), ev.get("event_id").asText());
        assertEquals(0, explain.code(), explain.err());
        assertTrue(explain.out().contains("Konduga") && explain.out().contains("near misses"), explain.out());
        assertEquals(1, CliRun.of("explain", "--db", db.toString(), "ev-0000000000000000").code());

        // the export, read back, scores as extracting again does
        CliRun direct = CliRun.of("eval", "--gold", gold.toString());
        CliRun readBack = CliRun.of("eval", "--gold", gold.toString(), "--predictions", csv.toString());
        assertEquals(0, readBack.code(), readBack.err());
        JsonNode a = JSON.readTree(direct.out()).get("metrics"), b = JSON.readTree(readBack.out()).get("metrics");
        for (String k : List.of("relevance_accuracy", "event_type_accuracy", "sub_event_type_weighted_f1", "event_date_accuracy",
                "fatalities_accuracy", "country_accuracy", "admin1_accuracy", "event_f1")) {
            assertEquals(a.get(k).asDouble(), b.get(k).asDouble(), 1e-9, k);
        }
        assertTrue(a.get("event_type_accuracy").asDouble() > 0.5, "the reports are coded at all: " + a);
    }

    @Test
    void aStoreThatIsNoStoreGetsOneLineAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path notes = dir.resolve("notes.duckdb");
        Files.writeString(notes, "not a database\n".repeat(300));
        CliRun q = CliRun.of("query", "--db", notes.toString());
        assertEquals(2, q.code());
        assertTrue(q.err().contains(notes.toString()) && !q.err().contains("Exception"), q.err());
        CliRun missing = CliRun.of("query", "--db", dir.resolve("absent.duckdb").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such event store"), missing.err());
        assertFalse(Files.exists(dir.resolve("absent.duckdb")), "a query creates no store");
    }
}
