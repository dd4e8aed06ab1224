package org.peristiwa.flink;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.peristiwa.ingest.TextDecoder;

/** The job's command-line options, shared by {@link PeristiwaJob} ({@code flink run}) and {@link LocalRunner}. */
public final class JobOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    public final List<String> inputs = new ArrayList<>();
    public Duration monitor;
    public String kafkaBootstrap;
    public String topic;
    public String groupId = "peristiwa";
    public boolean kafkaBounded;
    public String reportsTopic;
    public String eventsTopic;
    public boolean kafkaExactlyOnce = true;
    public String out;
    public final Set<String> formats = new LinkedHashSet<>(List.of("jsonl"));
    public int parallelism;
    public Duration checkpointInterval = Duration.ofSeconds(10);
    public String checkpointDir;
    public LocalDate publicationDate;
    public long maxBytes = TextDecoder.DEFAULT_MAX_BYTES;
    public int forgetAfterDays;
    /** Local runs only: a retained checkpoint or savepoint to restore, or "latest" (the newest under the checkpoint dir). */
    public String restore;

    public static final String USAGE = String.join("\n",
            "Runs peristiwa's pipeline as an Apache Flink job: reports in (files, WARC archives, a Kafka topic of JSON",
            "reports), per-report records and merged events out (JSONL or Parquet files, exactly-once; Kafka topics).",
            "",
            "inputs (at least one):",
            "  --input PATH              a file or folder (read recursively) of anything 'extract' reads; repeatable",
            "  --monitor SECONDS         keep watching the inputs for new files (the job then runs until stopped)",
            "  --kafka-bootstrap HOSTS   Kafka brokers (host:port,...), for --topic and the output topics",
            "  --topic NAME              a topic of JSON reports (one object per message: text or html, url, title, published)",
            "  --group-id ID             the consumer group (default: peristiwa)",
            "  --kafka-bounded           read the topic up to the offsets it has at the start, then finish",
            "outputs (at least one):",
            "  --out DIR                 DIR/reports: one record per report (what 'extract' prints); DIR/events: merged",
            "                            events as a changelog (upsert/delete by event id, with a version)",
            "  --format jsonl,parquet    file formats to write (default: jsonl); Parquet goes to DIR/reports-parquet",
            "                            and DIR/events-parquet",
            "  --reports-topic NAME      per-report records to Kafka, keyed by report id",
            "  --events-topic NAME       merged events to Kafka, keyed by event id (a deleted id as a tombstone)",
            "  --kafka-delivery MODE     exactly-once (default; transactions) or at-least-once",
            "the job:",
            "  --parallelism N           parallel tasks (default: the cluster's; local runs: the number of processors)",
            "  --checkpoint-interval S   seconds between checkpoints (default 10; '500ms' also works); output files",
            "                            are committed at each checkpoint",
            "  --checkpoint-dir URI      where checkpoints go (default: the cluster's; local runs: DIR/_checkpoints)",
            "  --publication-date DATE   publication date for reports that show none (as for 'extract')",
            "  --max-bytes N             largest document (an archive: record) accepted (default " + TextDecoder.DEFAULT_MAX_BYTES + ")",
            "  --forget-after-days N     drop merged events N days older than their country's newest report from the",
            "                            merge state (0, the default: keep all, as the store does)",
            "  --restore PATH|latest     (local runs) resume from a retained checkpoint or savepoint; 'latest' takes the",
            "                            newest one under the checkpoint dir",
            "  --help                    this text");

    /** The options, or an {@link IllegalArgumentException} naming what is wrong. */
    public static JobOptions parse(String... args) {
        JobOptions o = new JobOptions();
        boolean formatGiven = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                v = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--help", "-h" -> throw new HelpRequested();
                case "--kafka-bounded" -> o.kafkaBounded = true;
                default -> {
                    if (v == null) {
                        if (i + 1 >= args.length) throw new IllegalArgumentException(a + " needs a value");
                        v = args[++i];
                    }
                    switch (a) {
                        case "--input" -> o.inputs.add(v);
                        case "--monitor" -> o.monitor = duration(a, v);
                        case "--kafka-bootstrap" -> o.kafkaBootstrap = v;
                        case "--topic" -> o.topic = v;
                        case "--group-id" -> o.groupId = v;
                        case "--reports-topic" -> o.reportsTopic = v;
                        case "--events-topic" -> o.eventsTopic = v;
                        case "--kafka-delivery" -> {
                            if (!v.equals("exactly-once") && !v.equals("at-least-once")) {
                                throw new IllegalArgumentException("--kafka-delivery is exactly-once or at-least-once, not '" + v + "'");
                            }
                            o.kafkaExactlyOnce = v.equals("exactly-once");
                        }
                        case "--out" -> o.out = v;
                        case "--format" -> {
                            if (!formatGiven) o.formats.clear();
                            formatGiven = true;
                            for (String f : v.toLowerCase(Locale.ROOT).split(",")) {
                                if (!f.equals("jsonl") && !f.equals("parquet")) {
                                    throw new IllegalArgumentException("--format takes jsonl and/or parquet, not '" + f + "'");
                                }
                                o.formats.add(f);
                            }
                        }
                        case "--parallelism" -> o.parallelism = positive(a, v);
                        case "--checkpoint-interval" -> o.checkpointInterval = duration(a, v);
                        case "--checkpoint-dir" -> o.checkpointDir = v;
                        case "--publication-date" -> {
                            try {
                                o.publicationDate = LocalDate.parse(v);
                            } catch (DateTimeParseException e) {
                                throw new IllegalArgumentException("--publication-date takes YYYY-MM-DD, not '" + v + "'");
                            }
                        }
                        case "--max-bytes" -> o.maxBytes = positive(a, v);
                        case "--forget-after-days" -> {
                            o.forgetAfterDays = (int) number(a, v);
                            if (o.forgetAfterDays < 0) throw new IllegalArgumentException("--forget-after-days must be 0 or more");
                        }
                        case "--restore" -> o.restore = v;
                        default -> throw new IllegalArgumentException("unknown option '" + a + "' (see --help)");
                    }
                }
            }
        }
        if (o.inputs.isEmpty() && o.topic == null) throw new IllegalArgumentException("name an input: --input PATH or --topic NAME");
        if (o.out == null && o.reportsTopic == null && o.eventsTopic == null) {
            throw new IllegalArgumentException("name an output: --out DIR, --reports-topic NAME or --events-topic NAME");
        }
        if ((o.topic != null || o.reportsTopic != null || o.eventsTopic != null) && o.kafkaBootstrap == null) {
            throw new IllegalArgumentException("Kafka topics need --kafka-bootstrap HOST:PORT");
        }
        if (o.formats.isEmpty()) throw new IllegalArgumentException("--format names no format");
        return o;
    }

    /** Thrown by {@link #parse} for --help. */
    public static final class HelpRequested extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HelpRequested() {
            super("help", null, false, false);
        }
    }

    private static int positive(String option, String v) {
        long n = number(option, v);
        if (n < 1 || n > Integer.MAX_VALUE) throw new IllegalArgumentException(option + " must be a positive number");
        return (int) n;
    }

    private static long number(String option, String v) {
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, not '" + v + "'");
        }
    }

    /** Seconds ("10", "2.5"), or a number with ms, s or min. */
    static Duration duration(String option, String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (s.endsWith("ms")) d = Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2).trim()));
            else if (s.endsWith("min")) d = Duration.ofMillis(Math.round(Double.parseDouble(s.substring(0, s.length() - 3).trim()) * 60_000));
            else if (s.endsWith("s")) d = Duration.ofMillis(Math.round(Double.parseDouble(s.substring(0, s.length() - 1).trim()) * 1000));
            else d = Duration.ofMillis(Math.round(Double.parseDouble(s) * 1000));
            if (d.toMillis() < 10) throw new IllegalArgumentException(option + " must be at least 10 ms");
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes seconds (or a number with ms, s or min), not '" + v + "'");
        }
    }
}
