package org.peristiwa.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.DocumentReader;
import org.peristiwa.ingest.TextDecoder;
import org.peristiwa.store.bench.SyntheticCorpus;

/**
 * The job against a real Kafka 4 broker (KRaft, started here): JSON reports produced to a topic, read by the job,
 * per-report records and merged events written to two topics with Kafka transactions (exactly-once), read back with
 * {@code read_committed}: every record once and byte-identical to 'extract', the events the store's.
 */
class KafkaJobTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reportsFromATopicRecordsAndEventsToTopics(@TempDir Path tmp) throws Exception {
        try (KraftBroker kafka = KraftBroker.start(tmp.resolve("kafka"))) {
            kafka.createTopics(2, "reports-in", "records-out", "events-out");
            List<SyntheticCorpus.SyntheticReport> reports = SyntheticCorpus.generate(5, 80);
            List<Document> docs = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            Properties pp = new Properties();
            pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
            pp.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            pp.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(pp)) {
                for (SyntheticCorpus.SyntheticReport r : reports) {
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put("url", r.url());
                    m.put("published", r.published());
                    m.put("title", r.title());
                    m.put("text", r.text());
                    byte[] value = JSON.writeValueAsBytes(m);
                    RecordMetadata md = producer.send(new ProducerRecord<>("reports-in", r.url().getBytes(StandardCharsets.UTF_8), value))
                            .get(30, TimeUnit.SECONDS);
                    // the document the job will read from this message, named as it names it
                    new DocumentReader(TextDecoder.DEFAULT_MAX_BYTES).read(KafkaCodecs.Reports.name("reports-in", md.partition(), md.offset()),
                            value, Corpora.sink(docs, problems));
                }
            }
            assertTrue(problems.isEmpty(), problems.toString());

            JobOptions o = JobOptions.parse("--kafka-bootstrap", kafka.bootstrap(), "--topic", "reports-in", "--kafka-bounded",
                    "--reports-topic", "records-out", "--events-topic", "events-out", "--kafka-delivery", "exactly-once",
                    "--parallelism", "2", "--checkpoint-interval", "1", "--checkpoint-dir", tmp.resolve("checkpoints").toUri().toString());
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(PeristiwaJob.localDefaults(PeristiwaJob.configuration(o)));
            PeristiwaJob.build(env, o);
            env.execute("peristiwa kafka test");

            List<String> expected = Corpora.extractLines(docs);
            List<String> records = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> r : readCommitted(kafka, "records-out")) records.add(new String(r.value(), StandardCharsets.UTF_8));
            assertEquals(expected.size(), records.size());
            assertEquals(Corpora.counts(expected), Corpora.counts(records));

            // the events topic: the last message of each key is the event as it stands (a tombstone: gone)
            Map<String, String> last = new HashMap<>();
            Map<String, Long> versions = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> r : readCommitted(kafka, "events-out")) {
                String id = new String(r.key(), StandardCharsets.UTF_8);
                last.put(id, r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8));
                if (r.value() != null) {
                    long v = JSON.readTree(r.value()).get("version").asLong();
                    Long before = versions.put(id, v);
                    assertTrue(before == null || before < v, "versions of " + id + " out of order: " + before + " then " + v);
                }
            }
            List<String> standing = new ArrayList<>();
            for (String v : last.values()) if (v != null) standing.add(v);
            Map<String, JsonNode> events = EventChangelog.replay(standing);
            Corpora.Stored stored = Corpora.store(docs, tmp.resolve("store.duckdb"));
            assertEquals(stored.membership(), EventChangelog.membership(events));
            assertTrue(events.values().stream().anyMatch(e -> e.get("mention_ids").size() > 1), "no event merges reports");
            System.out.printf("KafkaJobTest: %d messages in, %d records out, %d events standing (%d event ids upserted)%n", docs.size(),
                    records.size(), events.size(), versions.size());
        }
    }

    /** Every committed message of a topic, partition by partition, in order. */
    private static List<ConsumerRecord<byte[], byte[]>> readCommitted(KraftBroker kafka, String topic) {
        Properties cp = new Properties();
        cp.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
        cp.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        cp.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        cp.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        cp.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        cp.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(cp)) {
            List<TopicPartition> parts = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (parts.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) throw new AssertionError("could not read " + topic + " to its end");
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) out.add(r);
            }
        }
        return out;
    }
}
