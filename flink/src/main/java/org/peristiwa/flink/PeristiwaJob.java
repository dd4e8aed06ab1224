package org.peristiwa.flink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.enumerate.NonSplittingRecursiveEnumerator;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The Flink job: reports from files (and WARC archives) and/or a Kafka topic; core's pipeline on each; the
 * per-report records and the merged events to files (JSONL, Parquet) and/or Kafka.
 * <pre>
 *   files ─┐                        ┌─ records ──────────────────────────────► reports/ (JSONL, Parquet), Kafka
 *          ├─ rebalance ─ extract ──┤
 *   Kafka ─┘                        └─ mentions ─ keyBy(country) ─ merge ────► events/ (changelog), Kafka
 * </pre>
 * Run on a cluster with {@code flink run flink/target/peristiwa-flink-job.jar --input … --out …}; locally with
 * {@code ./peristiwa flink …} ({@link LocalRunner}). Options: {@link JobOptions#USAGE}.
 */
public final class PeristiwaJob {

    private PeristiwaJob() {}

    public static void main(String[] args) throws Exception {
        JobOptions o;
        try {
            o = JobOptions.parse(args);
        } catch (JobOptions.HelpRequested h) {
            System.out.println(JobOptions.USAGE);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("peristiwa flink: " + e.getMessage());
            throw e;
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(configuration(o));
        build(env, o);
        env.execute(jobName(o));
    }

    static String jobName(JobOptions o) {
        return "peristiwa" + (o.inputs.isEmpty() ? "" : " " + String.join(" ", o.inputs)) + (o.topic == null ? "" : " kafka:" + o.topic);
    }

    /**
     * The settings the job needs: exactly-once checkpoints at the interval, kept when the job is cancelled (so that it
     * can be resumed from them), in {@code --checkpoint-dir} when given.
     */
    public static Configuration configuration(JobOptions o) {
        Configuration conf = new Configuration();
        conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, o.checkpointInterval);
        conf.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.EXACTLY_ONCE);
        conf.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION, ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        if (o.checkpointDir != null) {
            conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, o.checkpointDir);
        }
        return conf;
    }

    /**
     * What a run on one machine adds: a failure is retried three times, then the run stops and says why (Flink's
     * default with checkpoints is to restart for ever).
     */
    public static Configuration localDefaults(Configuration conf) {
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, java.time.Duration.ofSeconds(2));
        return conf;
    }

    /** Adds the job's sources, operators and sinks to {@code env}. */
    @SuppressWarnings("deprecation") // OffsetResetStrategy: the Kafka connector's API still takes it
    public static void build(StreamExecutionEnvironment env, JobOptions o) throws IOException {
        if (env.getConfiguration().getOptional(CheckpointingOptions.CHECKPOINTS_DIRECTORY).isEmpty()) {
            // without it Flink keeps checkpoints in the job manager's memory, 5 MB at most: the merge state outgrows it
            // within a few thousand reports, and every checkpoint would fail
            throw new IllegalArgumentException("the job needs a checkpoint folder: --checkpoint-dir URI, or "
                    + CheckpointingOptions.CHECKPOINTS_DIRECTORY.key() + " in the cluster's configuration");
        }
        if (o.parallelism > 0) env.setParallelism(o.parallelism);
        // file sinks commit at checkpoints: without them nothing would ever be committed
        env.enableCheckpointing(o.checkpointInterval.toMillis(), CheckpointingMode.EXACTLY_ONCE);

        DataStream<Doc> docs = null;
        if (!o.inputs.isEmpty()) {
            Path[] paths = o.inputs.stream().map(Path::new).toArray(Path[]::new);
            var files = FileSource.forBulkFileFormat(new DocumentFormat(DocumentFormat.roots(o.inputs), o.maxBytes), paths)
                    // as the command: every file below a folder except hidden ones (Flink's default also skips '_…')
                    .setFileEnumerator(() -> new NonSplittingRecursiveEnumerator(p -> !p.getName().startsWith(".")));
            if (o.monitor != null) files.monitorContinuously(o.monitor);
            docs = env.fromSource(files.build(), WatermarkStrategy.noWatermarks(), "reports from files").uid("source-files");
        }
        if (o.topic != null) {
            var kafka = KafkaSource.<Doc>builder().setBootstrapServers(o.kafkaBootstrap).setTopics(o.topic)
                    .setGroupId(o.groupId)
                    .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                    .setDeserializer(new KafkaCodecs.Reports(o.maxBytes));
            if (o.kafkaBounded) kafka.setBounded(OffsetsInitializer.latest());
            DataStream<Doc> fromKafka = env.fromSource(kafka.build(), WatermarkStrategy.noWatermarks(), "reports from Kafka").uid("source-kafka");
            docs = docs == null ? fromKafka : docs.union(fromKafka);
        }

        SingleOutputStreamOperator<ReportOut> reports = docs.rebalance()
                .process(new ExtractFunction(o.publicationDate)).uid("extract").name("extract");
        DataStream<EventChange> events = reports.getSideOutput(ExtractFunction.MENTIONS)
                .keyBy(MentionIn::key, Types.STRING)
                .process(new MergeFunction(o.forgetAfterDays)).uid("merge").name("merge events");

        if (o.out != null) {
            if (o.formats.contains("jsonl")) {
                reports.sinkTo(FileSink.forRowFormat(new Path(o.out, "reports"), (ReportOut r, java.io.OutputStream s) -> {
                    s.write(r.json.getBytes(StandardCharsets.UTF_8));
                    s.write('\n');
                }).withRollingPolicy(OnCheckpointRollingPolicy.build()).withBucketAssigner(new BasePathBucketAssigner<>())
                        .withOutputFileConfig(files(".jsonl")).build()).uid("sink-reports-jsonl").name("reports (JSONL)");
                events.sinkTo(FileSink.forRowFormat(new Path(o.out, "events"), (EventChange c, java.io.OutputStream s) -> {
                    s.write(c.jsonLine().getBytes(StandardCharsets.UTF_8));
                    s.write('\n');
                }).withRollingPolicy(OnCheckpointRollingPolicy.build()).withBucketAssigner(new BasePathBucketAssigner<>())
                        .withOutputFileConfig(files(".jsonl")).build()).uid("sink-events-jsonl").name("events (JSONL)");
            }
            if (o.formats.contains("parquet")) {
                reports.sinkTo(FileSink.forBulkFormat(new Path(o.out, "reports-parquet"), ParquetWriters.reports())
                        .withBucketAssigner(new BasePathBucketAssigner<>()).withOutputFileConfig(files(".parquet")).build())
                        .uid("sink-reports-parquet").name("reports (Parquet)");
                events.sinkTo(FileSink.forBulkFormat(new Path(o.out, "events-parquet"), ParquetWriters.events())
                        .withBucketAssigner(new BasePathBucketAssigner<>()).withOutputFileConfig(files(".parquet")).build())
                        .uid("sink-events-parquet").name("events (Parquet)");
            }
        }
        if (o.reportsTopic != null) {
            reports.sinkTo(kafkaSink(o, o.reportsTopic, new KafkaCodecs.ReportRecords(o.reportsTopic)))
                    .uid("sink-reports-kafka").name("reports (Kafka)");
        }
        if (o.eventsTopic != null) {
            events.sinkTo(kafkaSink(o, o.eventsTopic, new KafkaCodecs.EventChanges(o.eventsTopic)))
                    .uid("sink-events-kafka").name("events (Kafka)");
        }
    }

    private static OutputFileConfig files(String suffix) {
        return OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(suffix).build();
    }

    private static <T> KafkaSink<T> kafkaSink(JobOptions o, String topic,
                                              org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema<T> schema) {
        Properties p = new Properties();
        // a broker's default ceiling for transactions is 15 minutes (Flink's default, an hour, would be refused)
        p.setProperty("transaction.timeout.ms", "900000");
        return KafkaSink.<T>builder().setBootstrapServers(o.kafkaBootstrap).setRecordSerializer(schema)
                .setKafkaProducerConfig(p)
                .setDeliveryGuarantee(o.kafkaExactlyOnce ? DeliveryGuarantee.EXACTLY_ONCE : DeliveryGuarantee.AT_LEAST_ONCE)
                .setTransactionalIdPrefix("peristiwa-" + topic)
                .build();
    }
}
