package org.peristiwa.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peristiwa.ingest.Document;
import org.peristiwa.store.bench.SyntheticCorpus;

/**
 * Exactly-once across a crash: {@code peristiwa flink} (LocalRunner, a MiniCluster in its own JVM) watches a folder
 * that files keep arriving in; after a checkpoint, with output committed and more on its way, the JVM is killed
 * (SIGKILL: no clean shutdown, files half written); a second run resumes from the last checkpoint
 * ({@code --restore latest}) while files keep arriving. The committed output then holds every report's record
 * exactly once, no event change twice, and the store's events.
 */
class CheckpointRestoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void killedAfterACheckpointAndResumedLosesAndDuplicatesNothing(@TempDir Path tmp) throws Exception {
        Path staging = tmp.resolve("staging"), in = tmp.resolve("in"), out = tmp.resolve("out");
        List<SyntheticCorpus.SyntheticReport> reports = SyntheticCorpus.generate(11, 240);
        Corpora.writeJsonl(reports, staging, "batch", 40);
        Files.createDirectories(in);
        List<Path> files;
        try (Stream<Path> s = Files.list(staging)) {
            files = s.sorted().toList();
        }
        // the expectations: every file as 'extract' and the store read it from the watched folder
        List<Document> docs = Corpora.documents(staging, in.toString());
        List<String> expected = Corpora.extractLines(docs);
        Corpora.Stored stored = Corpora.store(docs, tmp.resolve("store.duckdb"));

        String[] args = {"--input", in.toString(), "--monitor", "0.2", "--out", out.toString(), "--parallelism", "2",
                "--checkpoint-interval", "0.5"};
        AtomicInteger placed = new AtomicInteger();
        Thread feeder = new Thread(() -> {
            try {
                for (Path f : files) {
                    // written hidden, then renamed: the source never sees half a file
                    Path hidden = in.resolve("." + f.getFileName());
                    Files.copy(f, hidden);
                    Files.move(hidden, in.resolve(f.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                    placed.incrementAndGet();
                    Thread.sleep(150);
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "feeder");

        Process first = start(tmp, "first", args);
        int committedAtKill;
        try {
            waitFor(() -> LocalRunner.latestCheckpoint(out.resolve("_checkpoints")).isPresent(), 90, "a first checkpoint", tmp, "first");
            feeder.start();
            waitFor(() -> !EventChangelog.lines(out.resolve("reports")).isEmpty() && placed.get() >= files.size() / 3, 60,
                    "committed output", tmp, "first");
        } finally {
            first.destroyForcibly(); // SIGKILL
            first.waitFor(30, TimeUnit.SECONDS);
        }
        committedAtKill = EventChangelog.lines(out.resolve("reports")).size();
        assertTrue(committedAtKill > 0 && committedAtKill < expected.size(),
                "killed with " + committedAtKill + " of " + expected.size() + " records committed");

        Process second = start(tmp, "second", concat(args, "--restore", "latest"));
        try {
            waitFor(() -> {
                List<String> lines = EventChangelog.lines(out.resolve("reports"));
                if (lines.size() < expected.size()) return false;
                return EventChangelog.membership(EventChangelog.replay(EventChangelog.lines(out.resolve("events"))))
                        .equals(stored.membership());
            }, 150, "every record and the store's events", tmp, "second");
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
            feeder.join(30_000);
        }

        assertTrue(Files.readString(tmp.resolve("second.log")).contains("resuming from"), Files.readString(tmp.resolve("second.log")));
        long orphans;
        try (Stream<Path> s = Files.list(out.resolve("reports"))) {
            orphans = s.filter(p -> p.getFileName().toString().startsWith(".")).count();
        }
        List<String> actual = EventChangelog.lines(out.resolve("reports"));
        assertEquals(Corpora.counts(expected), Corpora.counts(actual), "every record exactly once");
        List<String> changes = EventChangelog.lines(out.resolve("events"));
        Set<String> seen = new HashSet<>();
        for (String c : changes) {
            JsonNode n = JSON.readTree(c);
            assertTrue(seen.add(n.get("event_id").asText() + "@" + n.get("version").asLong()), "a change written twice: " + c);
        }
        Map<String, JsonNode> events = EventChangelog.replay(changes);
        assertEquals(stored.membership(), EventChangelog.membership(events));
        System.out.printf("CheckpointRestoreTest: killed with %d of %d records committed (%d part files left unfinished);"
                + " after the resumed run %d records, %d event changes, %d events%n", committedAtKill, expected.size(), orphans,
                actual.size(), changes.size(), events.size());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** {@code peristiwa flink ARGS} in a JVM of its own, its output in {@code tmp/NAME.log}. */
    private static Process start(Path tmp, String name, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) if (a.startsWith("--add-opens")) cmd.add(a);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(LocalRunner.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".log").toFile()).start();
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Condition c, int seconds, String what, Path tmp, String log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!c.holds()) {
            if (System.nanoTime() > deadline) {
                String said = Files.exists(tmp.resolve(log + ".log")) ? Files.readString(tmp.resolve(log + ".log")) : "";
                throw new AssertionError("no " + what + " within " + seconds + " s; the run said:\n"
                        + said.substring(Math.max(0, said.length() - 4000)));
            }
            Thread.sleep(200);
        }
    }
}
