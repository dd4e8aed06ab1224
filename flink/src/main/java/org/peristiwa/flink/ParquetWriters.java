package org.peristiwa.flink;

import java.io.IOException;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.xerial.snappy.Snappy;

/**
 * Parquet output without Hadoop: parquet-java's writer with a plain (non-Hadoop) configuration, writing into the
 * stream Flink's file sink gives it, pages compressed with Snappy by snappy-java directly (Parquet's own codec
 * classes are Hadoop codecs). A part file holds the records between two checkpoints: bulk formats roll on every
 * checkpoint, which is what makes them exactly-once.
 */
public final class ParquetWriters {

    private ParquetWriters() {}

    static final MessageType REPORTS = MessageTypeParser.parseMessageType("""
            message report {
              required binary report_id (STRING);
              optional binary path (STRING);
              optional binary language (STRING);
              required int32 num_events;
              required binary record_json (STRING);
            }""");

    static final MessageType EVENTS = MessageTypeParser.parseMessageType("""
            message event_change {
              required binary op (STRING);
              required binary event_id (STRING);
              required int64 version;
              required binary merge_key (STRING);
              optional binary event_date (STRING);
              optional binary event_type (STRING);
              optional binary sub_event_type (STRING);
              optional binary modality (STRING);
              optional binary country (STRING);
              optional binary admin1 (STRING);
              optional binary location (STRING);
              optional double latitude;
              optional double longitude;
              optional int32 fatalities;
              required int32 num_reports;
              required int32 num_sources;
              repeated binary mention_ids (STRING);
              optional binary event_json (STRING);
            }""");

    public static BulkWriter.Factory<ReportOut> reports() {
        return out -> new Writer<>(out, REPORTS, (f, r) -> {
            Group g = f.newGroup().append("report_id", r.reportId);
            if (r.path != null) g.append("path", r.path);
            if (r.language != null) g.append("language", r.language);
            return g.append("num_events", r.events).append("record_json", r.json);
        });
    }

    public static BulkWriter.Factory<EventChange> events() {
        return out -> new Writer<>(out, EVENTS, (f, c) -> {
            Group g = f.newGroup().append("op", c.op).append("event_id", c.eventId).append("version", c.version)
                    .append("merge_key", c.key);
            opt(g, "event_date", c.eventDate);
            opt(g, "event_type", c.eventType);
            opt(g, "sub_event_type", c.subEventType);
            opt(g, "modality", c.modality);
            opt(g, "country", c.country);
            opt(g, "admin1", c.admin1);
            opt(g, "location", c.location);
            if (c.latitude != null) g.append("latitude", c.latitude);
            if (c.longitude != null) g.append("longitude", c.longitude);
            if (c.fatalities != null) g.append("fatalities", c.fatalities);
            g.append("num_reports", c.numReports).append("num_sources", c.numSources);
            for (String m : c.mentionIds) g.append("mention_ids", m);
            opt(g, "event_json", c.eventJson);
            return g;
        });
    }

    private static void opt(Group g, String field, String value) {
        if (value != null) g.append(field, value);
    }

    interface ToGroup<T> extends java.io.Serializable {
        Group of(SimpleGroupFactory f, T value);
    }

    private static final class Writer<T> implements BulkWriter<T> {
        private final ParquetWriter<Group> writer;
        private final SimpleGroupFactory groups;
        private final ToGroup<T> toGroup;

        Writer(FSDataOutputStream out, MessageType schema, ToGroup<T> toGroup) throws IOException {
            this.groups = new SimpleGroupFactory(schema);
            this.toGroup = toGroup;
            this.writer = builder(new StreamOutputFile(out))
                    .withType(schema)
                    .withCodecFactory(SnappyOnly.INSTANCE)
                    .withCompressionCodec(CompressionCodecName.SNAPPY)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .withRowGroupSize(64L * 1024 * 1024)
                    .build();
        }

        /**
         * {@code ExampleParquetWriter.builder(file).withConf(plain)}, through method handles: both methods are
         * overloaded with Hadoop types, which the compiler would need on the class path to choose between them.
         */
        private static ExampleParquetWriter.Builder builder(OutputFile file) throws IOException {
            try {
                var lookup = MethodHandles.publicLookup();
                var b = (ExampleParquetWriter.Builder) lookup.findStatic(ExampleParquetWriter.class, "builder",
                        MethodType.methodType(ExampleParquetWriter.Builder.class, OutputFile.class)).invoke(file);
                lookup.findVirtual(ParquetWriter.Builder.class, "withConf",
                        MethodType.methodType(ParquetWriter.Builder.class, ParquetConfiguration.class))
                        .invoke(b, (ParquetConfiguration) new PlainParquetConfiguration());
                return b;
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Throwable t) {
                throw new IOException("cannot set up the Parquet writer: " + t, t);
            }
        }

        @Override
        public void addElement(T element) throws IOException {
            writer.write(toGroup.of(groups, element));
        }

        @Override
        public void flush() {
            // a row group is written when full or at finish: Parquet cannot flush part of one
        }

        @Override
        public void finish() throws IOException {
            writer.close(); // writes the footer; the stream stays open (Flink closes it)
        }
    }

    /** Flink's output stream as Parquet's output file; closing it leaves the stream to Flink. */
    private static final class StreamOutputFile implements OutputFile {
        private final FSDataOutputStream out;

        StreamOutputFile(FSDataOutputStream out) {
            this.out = out;
        }

        @Override
        public PositionOutputStream create(long blockSizeHint) {
            return stream();
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            return stream();
        }

        private PositionOutputStream stream() {
            return new PositionOutputStream() {
                @Override
                public long getPos() throws IOException {
                    return out.getPos();
                }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public void close() {
                    // the sink closes (and commits) the part file
                }
            };
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }
    }

    /** Snappy page compression (and none) without Hadoop's codec classes; writing only. */
    private enum SnappyOnly implements CompressionCodecFactory {
        INSTANCE;

        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codec) {
            return switch (codec) {
                case UNCOMPRESSED -> new BytesInputCompressor() {
                    @Override
                    public BytesInput compress(BytesInput bytes) {
                        return bytes;
                    }

                    @Override
                    public CompressionCodecName getCodecName() {
                        return CompressionCodecName.UNCOMPRESSED;
                    }

                    @Override
                    public void release() {}
                };
                case SNAPPY -> new BytesInputCompressor() {
                    @Override
                    public BytesInput compress(BytesInput bytes) throws IOException {
                        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream((int) bytes.size());
                        bytes.writeAllTo(raw);
                        return BytesInput.from(Snappy.compress(raw.toByteArray()));
                    }

                    @Override
                    public CompressionCodecName getCodecName() {
                        return CompressionCodecName.SNAPPY;
                    }

                    @Override
                    public void release() {}
                };
                default -> throw new UnsupportedOperationException("only Snappy or no compression: " + codec);
            };
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
            throw new UnsupportedOperationException("writing only");
        }

        @Override
        public void release() {}
    }
}
