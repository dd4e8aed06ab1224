package org.peristiwa.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * {@code peristiwa flink …}: the job on an embedded Flink (a MiniCluster in this JVM), with the options of
 * {@link PeristiwaJob} plus {@code --restore}. Checkpoints go to {@code OUT/_checkpoints} unless
 * {@code --checkpoint-dir} says otherwise, so a run that was killed resumes with {@code --restore latest}.
 */
public final class LocalRunner {

    private LocalRunner() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        JobOptions o;
        try {
            o = JobOptions.parse(args);
        } catch (JobOptions.HelpRequested h) {
            System.out.println("usage: peristiwa flink [options]\n\n" + JobOptions.USAGE);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("peristiwa flink: " + e.getMessage());
            return 2;
        }
        for (String in : o.inputs) {
            if (!in.contains("://") && !Files.exists(Path.of(in))) {
                System.err.println("peristiwa flink: " + in + ": no such file or folder");
                return 2;
            }
        }
        if (o.parallelism == 0) o.parallelism = Runtime.getRuntime().availableProcessors();
        if (o.checkpointDir == null) {
            Path base = o.out != null ? Path.of(o.out) : Path.of(System.getProperty("java.io.tmpdir"), "peristiwa-flink");
            o.checkpointDir = base.resolve("_checkpoints").toAbsolutePath().toUri().toString();
        }
        Configuration conf = PeristiwaJob.localDefaults(PeristiwaJob.configuration(o));
        if (o.restore != null) {
            String from = o.restore;
            if (from.equals("latest")) {
                Optional<Path> latest = latestCheckpoint(Path.of(java.net.URI.create(o.checkpointDir)));
                if (latest.isEmpty()) {
                    System.err.println("peristiwa flink: no completed checkpoint under " + o.checkpointDir);
                    return 2;
                }
                from = latest.get().toString();
            }
            System.err.println("peristiwa flink: resuming from " + from);
            conf.set(StateRecoveryOptions.SAVEPOINT_PATH, from);
        }
        long t0 = System.nanoTime();
        try {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(o.parallelism, conf);
            PeristiwaJob.build(env, o);
            JobExecutionResult r = env.execute(PeristiwaJob.jobName(o));
            double secs = (System.nanoTime() - t0) / 1e9;
            StringBuilder summary = new StringBuilder(String.format(Locale.ROOT, "peristiwa flink: finished in %.1f s", secs));
            if (o.out != null && o.formats.contains("jsonl")) {
                long reports = EventChangelog.countLines(Path.of(o.out, "reports"));
                long events = EventChangelog.countStanding(Path.of(o.out, "events"));
                summary.append(String.format(Locale.ROOT, "; %s holds %d report records and %d merged events", o.out, reports, events));
            }
            System.err.println(summary);
            return r == null ? 1 : 0;
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            System.err.println("peristiwa flink: the job failed: " + root);
            return 1;
        }
    }

    /** The newest completed checkpoint (a chk-N folder with its _metadata) under a checkpoint folder. */
    static Optional<Path> latestCheckpoint(Path dir) {
        if (!Files.isDirectory(dir)) return Optional.empty();
        try (Stream<Path> s = Files.walk(dir, 3)) {
            return s.filter(p -> p.getFileName().toString().equals("_metadata"))
                    .filter(p -> p.getParent().getFileName().toString().startsWith("chk-"))
                    .max(Comparator.comparing((Path p) -> {
                        try {
                            return Files.getLastModifiedTime(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }))
                    .map(Path::getParent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
