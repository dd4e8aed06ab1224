package org.peristiwa.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

    @Test
    void readsEveryOption() {
        JobOptions o = JobOptions.parse("--input", "a", "--input=b", "--monitor", "30", "--kafka-bootstrap", "k:9092",
                "--topic", "news", "--group-id", "g", "--kafka-bounded", "--reports-topic", "r", "--events-topic", "e",
                "--kafka-delivery", "at-least-once", "--out", "o", "--format", "parquet,jsonl", "--parallelism", "4",
                "--checkpoint-interval", "500ms", "--checkpoint-dir", "file:///c", "--publication-date", "2024-03-01",
                "--max-bytes", "1000", "--forget-after-days", "90", "--restore", "latest");
        assertEquals(List.of("a", "b"), o.inputs);
        assertEquals(Duration.ofSeconds(30), o.monitor);
        assertEquals("news", o.topic);
        assertTrue(o.kafkaBounded && !o.kafkaExactlyOnce);
        assertEquals(Set.of("parquet", "jsonl"), o.formats);
        assertEquals(4, o.parallelism);
        assertEquals(Duration.ofMillis(500), o.checkpointInterval);
        assertEquals(LocalDate.of(2024, 3, 1), o.publicationDate);
        assertEquals(1000, o.maxBytes);
        assertEquals(90, o.forgetAfterDays);
        assertEquals("latest", o.restore);
    }

    @Test
    void defaultsAndMistakes() {
        JobOptions o = JobOptions.parse("--input", "x", "--out", "y");
        assertEquals(Set.of("jsonl"), o.formats);
        assertEquals(Duration.ofSeconds(10), o.checkpointInterval);
        assertTrue(o.kafkaExactlyOnce);
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--out", "y"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "x"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--topic", "t", "--out", "y"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "x", "--out", "y", "--format", "csv"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "x", "--out", "y", "--parallelism", "0"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "x", "--out", "y", "--bogus", "1"));
        assertThrows(JobOptions.HelpRequested.class, () -> JobOptions.parse("--help"));
        assertEquals(2, LocalRunner.run("--input", "x"));
        // a job without a checkpoint folder would keep its state in the job manager's 5 MB: refused
        var env = org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.getExecutionEnvironment();
        assertThrows(IllegalArgumentException.class, () -> PeristiwaJob.build(env, JobOptions.parse("--input", "x", "--out", "y")));
    }
}
