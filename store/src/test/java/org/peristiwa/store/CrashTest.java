package org.peristiwa.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peristiwa.store.bench.SyntheticCorpus;

/**
 * Kills an ingesting process (SIGKILL) at random moments, several times, then lets it finish: the store must equal
 * a clean run's, report for report, mention for mention, event for event; ingesting again must change nothing.
 */
class CrashTest {

    @TempDir
    Path dir;

    private Process child(Path db, Path corpus) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                db.toString(), corpus.toString(), "50")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    @Test
    void aStoreKilledAtRandomMomentsAndResumedEqualsACleanRun() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        SyntheticCorpus.write(SyntheticCorpus.generate(2026, 900), corpus);
        Path clean = dir.resolve("clean.duckdb"), crashed = dir.resolve("crashed.duckdb");

        Process p = child(clean, corpus);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "clean run finished");
        assertEquals(0, p.exitValue(), "clean run succeeded (see child.log)");

        Random rnd = new Random(11);
        int killedMidway = 0;
        for (int k = 0; k < 4; k++) {
            Process c = child(crashed, corpus);
            Thread.sleep(1500 + rnd.nextInt(3500));
            if (c.isAlive()) {
                c.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
                killedMidway++;
            }
            c.waitFor();
        }
        assertTrue(killedMidway >= 2, "the process was killed while ingesting");
        Process last = child(crashed, corpus);
        assertTrue(last.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, last.exitValue(), "the resumed run succeeded (see child.log)");

        Map<String, Long> cleanCounts;
        Map<String, List<String>> cleanEvents;
        try (EventStore s = EventStore.openReadOnly(clean)) {
            cleanCounts = s.counts();
            cleanEvents = s.eventMembership();
        }
        try (EventStore s = EventStore.openReadOnly(crashed)) {
            assertEquals(cleanCounts, s.counts());
            assertEquals(cleanEvents, s.eventMembership());
        }
        assertTrue(cleanCounts.get("reports") > 1500, "a few thousand reports: " + cleanCounts);
        // running it once more adds nothing
        Process again = child(crashed, corpus);
        assertTrue(again.waitFor(10, TimeUnit.MINUTES));
        try (EventStore s = EventStore.openReadOnly(crashed)) {
            assertEquals(cleanCounts, s.counts());
        }
    }

}
