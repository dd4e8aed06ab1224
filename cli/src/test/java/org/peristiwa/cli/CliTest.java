package org.peristiwa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: batches with bad files, exit codes, help, determinism, eval's JSON. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static final String REPORT = """
            Kamis, 9 Juli 2020 10:15 WIB
            Dua Warga Tewas Ditembak OTK di Intan Jaya
            JAYAPURA, KOMPAS.com - Dua warga tewas ditembak orang tak dikenal di Distrik Sugapa, Kabupaten Intan Jaya, Papua, pada Rabu (8/7/2020).
            "Korban ditembak saat pulang dari kebun," kata Kapolres Intan Jaya.
            """;

    @Test
    void aBadFileDoesNotStopTheBatchAndTheExitCodeSaysSo(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("a-good.txt");
        Files.writeString(good, REPORT);
        Path empty = dir.resolve("b-empty.txt");
        Files.write(empty, new byte[0]);
        Path binary = dir.resolve("c-binary.html");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Path undecodable = dir.resolve("d-undecodable.txt");
        // neither UTF-8 nor windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned there)
        Files.write(undecodable, new byte[] {'A', (byte) 0x81, 'b', (byte) 0x8D, 'c', (byte) 0x8F, 'd', (byte) 0x90, 'e', (byte) 0x9D, '\n'});
        Path good2 = dir.resolve("e-good.txt");
        Files.writeString(good2, "On 3 May 2020, protesters gathered outside the parliament in Beirut, Lebanon.");
        CliRun r = run("extract", dir.toString(), dir.resolve("missing.txt").toString());

        assertEquals(1, r.code(), "some inputs failed: exit code 1");
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), "the two good reports are still extracted: " + r.out());
        assertTrue(lines.get(0).contains("a-good.txt") && lines.get(1).contains("e-good.txt"));
        List<String> errors = r.err().lines().filter(l -> !l.contains(" report(s) written")).toList();
        assertEquals(4, errors.size(), r.err());
        assertTrue(errors.stream().anyMatch(l -> l.contains("b-empty.txt") && l.contains("empty")));
        assertTrue(errors.stream().anyMatch(l -> l.contains("c-binary.html") && l.contains("binary")));
        assertTrue(errors.stream().anyMatch(l -> l.contains("d-undecodable.txt") && l.contains("UTF-8")));
        assertTrue(errors.stream().anyMatch(l -> l.contains("missing.txt") && l.contains("no such file")));
        assertFalse(r.err().contains("Exception"), "no stack traces for a user's mistake: " + r.err());
    }

    @Test
    void allGoodGivesExitZeroAndOneJsonLinePerReport(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("r.txt");
        Files.writeString(good, REPORT);
        CliRun r = run("extract", good.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode report = JSON.readTree(r.out().lines().findFirst().orElseThrow());
        JsonNode e = report.get("events").get(0);
        assertEquals("2020-07-08", e.get("event_date").asText());
        assertEquals(2, e.get("fatalities").asInt());
        assertEquals("Violence against civilians", e.get("event_type").asText());
        assertEquals("Civilians (Indonesia)", e.get("actor2").asText());
        assertTrue(e.get("evidence").has("fatalities"));
    }

    @Test
    void sameInputGivesByteIdenticalOutput(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("r.txt");
        Files.writeString(good, REPORT);
        assertEquals(run("extract", good.toString()).out(), run("extract", good.toString()).out());
        assertEquals(run("extract", "--pretty", good.toString()).out(), run("extract", "--pretty", good.toString()).out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"extract", "eval", "bench"}) {
            CliRun r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("Usage: peristiwa " + cmd), r.out());
        }
        assertTrue(run("--help").out().contains("extract"));
    }

    @Test
    void evalPrintsTheMetricsInterface(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("gold.csv");
        Files.writeString(csv, """
                doc_id,event_date,event_type,sub_event_type,fatalities,country,notes
                a,9-May-20,Battles,Armed clash,2,Afghanistan,"On 9 May 2020, Taliban militants clashed with Afghan forces in Kunduz province. 2 fatalities."
                b,8-May-20,Protests,Peaceful protest,0,Lebanon,"On 8 May 2020, protesters gathered outside the central bank in Beirut. [size=no report]"
                c,,NONE,NONE,,,"On 7 May 2020, the ministry announced a new budget for schools."
                """);
        Path errors = dir.resolve("errors.jsonl");
        CliRun r = run("eval", "--gold", csv.toString(), "--errors", errors.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode out = JSON.readTree(r.out());
        assertEquals(3, out.get("rows").asInt());
        assertEquals(3, out.get("reports").asInt());
        for (String k : new String[] {"relevance_accuracy", "event_type_accuracy", "sub_event_type_accuracy", "sub_event_type_weighted_f1",
                "sub_event_type_macro_f1", "event_date_accuracy", "fatalities_accuracy", "actor1_accuracy", "actor2_accuracy",
                "inter1_accuracy", "inter2_accuracy", "country_accuracy", "admin1_accuracy", "location_accuracy",
                "location_within_25km", "event_f1"}) {
            assertTrue(out.get("metrics").has(k), k);
        }
        assertEquals(1.0, out.get("metrics").get("event_type_accuracy").asDouble(), r.out());
        assertEquals(1.0, out.get("metrics").get("relevance_accuracy").asDouble());
        assertEquals(1.0, out.get("metrics").get("fatalities_accuracy").asDouble());
        assertTrue(out.get("per_class").has("Armed clash"));
        assertTrue(out.has("reports_per_second"));
        assertTrue(Files.exists(errors));
    }

    @Test
    void trainCrossValidatesAndWritesTheMismatchesOfModelsThatNeverSawTheRow(@TempDir Path dir) throws Exception {
        StringBuilder rows = new StringBuilder("event_date,event_type,sub_event_type,fatalities,country,notes\n");
        for (int i = 1; i <= 6; i++) {
            rows.append(i).append("-May-20,Battles,Armed clash,0,Afghanistan,\"On ").append(i)
                    .append(" May 2020, Taliban militants clashed with Afghan forces in Kunduz province.\"\n");
            rows.append(i).append("-May-20,Protests,Peaceful protest,0,Lebanon,\"On ").append(i)
                    .append(" May 2020, protesters gathered outside the central bank in Beirut. [size=no report]\"\n");
        }
        rows.append("7-May-20,Battles,Armed clash,0,Lebanon,\"On 7 May 2020, protesters gathered outside the central bank in Beirut.\"\n");
        Path csv = dir.resolve("gold.csv");
        Files.writeString(csv, rows);
        Path model = dir.resolve("model.tsv"), errors = dir.resolve("cv-errors.jsonl");
        CliRun r = run("train", "--gold", csv.toString(), "--folds", "2", "--errors", errors.toString(), "--out", model.toString(),
                "--min-count", "1");
        assertEquals(0, r.code(), r.err());
        JsonNode out = JSON.readTree(r.out());
        assertEquals(2, out.get("folds").asInt());
        assertTrue(Files.size(model) > 0);
        // the last row says "protest" but is labelled a clash: no model that never saw it can get it right
        List<String> mismatches = Files.readAllLines(errors);
        assertTrue(mismatches.stream().anyMatch(l -> l.contains("\"event_type\"") && l.contains("7 May 2020")), mismatches.toString());
    }

    @Test
    void evalOnAMissingFileIsAOneLineError(@TempDir Path dir) {
        CliRun r = run("eval", "--gold", dir.resolve("nope.csv").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nope.csv"), r.err());
        assertFalse(r.err().contains("Exception"));
    }
}
