package org.peristiwa.flink;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.DocumentReader;
import org.peristiwa.ingest.DocumentSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How reports come from Kafka and records go to it. */
public final class KafkaCodecs {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaCodecs.class);

    private KafkaCodecs() {}

    /**
     * A message is read as a file would be ({@link DocumentReader}: by content): normally one JSON report as in a
     * JSON Lines file (text or html, url, title, published), but a page or a plain text works too. Documents are named
     * {@code kafka:TOPIC-PARTITION@OFFSET} (a JSON report: with {@code #line1}, as a JSON Lines file names its lines).
     */
    public static final class Reports implements KafkaRecordDeserializationSchema<Doc> {
        private static final long serialVersionUID = 1L;
        private final long maxBytes;

        public Reports(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        public static String name(String topic, int partition, long offset) {
            return "kafka:" + topic + "-" + partition + "@" + offset;
        }

        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Doc> out) {
            if (record.value() == null || record.value().length == 0) return;
            new DocumentReader(maxBytes).read(name(record.topic(), record.partition(), record.offset()), record.value(), new DocumentSink() {
                @Override
                public void document(Document d) {
                    out.collect(Doc.of(d));
                }

                @Override
                public void problem(String where, String message) {
                    LOG.warn("{}: {}", where, message);
                }
            });
        }

        @Override
        public TypeInformation<Doc> getProducedType() {
            return TypeInformation.of(Doc.class);
        }
    }

    /** A report's record, keyed by its report id. */
    public static final class ReportRecords implements KafkaRecordSerializationSchema<ReportOut> {
        private static final long serialVersionUID = 1L;
        private final String topic;

        public ReportRecords(String topic) {
            this.topic = topic;
        }

        @Override
        public ProducerRecord<byte[], byte[]> serialize(ReportOut r, KafkaSinkContext context, Long timestamp) {
            return new ProducerRecord<>(topic, bytes(r.reportId), bytes(r.json));
        }
    }

    /**
     * A change to the merged events, keyed by event id: an upsert as its JSON line ({@link EventChange#jsonLine()}),
     * a deleted id as a tombstone (no value), so that a compacted topic holds the events as they are.
     */
    public static final class EventChanges implements KafkaRecordSerializationSchema<EventChange> {
        private static final long serialVersionUID = 1L;
        private final String topic;

        public EventChanges(String topic) {
            this.topic = topic;
        }

        @Override
        public ProducerRecord<byte[], byte[]> serialize(EventChange c, KafkaSinkContext context, Long timestamp) {
            return new ProducerRecord<>(topic, bytes(c.eventId), EventChange.DELETE.equals(c.op) ? null : bytes(c.jsonLine()));
        }
    }

    private static byte[] bytes(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }
}
