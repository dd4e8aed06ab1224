package org.peristiwa.flink;

import java.time.LocalDate;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.peristiwa.Extractor;
import org.peristiwa.record.EventRecord;
import org.peristiwa.record.ReportJson;
import org.peristiwa.report.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs core's pipeline on each document: the report's record (exactly what {@code peristiwa extract} prints for it) on
 * the main output, and one {@link MentionIn} per event record on {@link #MENTIONS}. The knowledge files and models
 * are loaded in {@link #open}, once per task manager ({@link Extractor#standard()} is one thread-safe extractor per
 * JVM, shared by the slots), never per record. A document whose extraction throws is logged and counted, and the job
 * goes on, as the command goes on.
 */
public final class ExtractFunction extends ProcessFunction<Doc, ReportOut> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ExtractFunction.class);

    public static final OutputTag<MentionIn> MENTIONS = new OutputTag<>("mentions", org.apache.flink.api.common.typeinfo.TypeInformation.of(MentionIn.class));

    private final LocalDate publicationDate;
    private transient Extractor extractor;
    private transient Counter reports, mentions, failed;

    /** {@code publicationDate}: anchors relative dates of documents that show none (the command's --publication-date). */
    public ExtractFunction(LocalDate publicationDate) {
        this.publicationDate = publicationDate;
    }

    @Override
    public void open(OpenContext context) {
        long t0 = System.nanoTime();
        extractor = Extractor.standard();
        var group = getRuntimeContext().getMetricGroup();
        reports = group.counter("peristiwaReports");
        mentions = group.counter("peristiwaMentions");
        failed = group.counter("peristiwaFailedReports");
        LOG.info("extractor ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    @Override
    public void processElement(Doc doc, Context ctx, Collector<ReportOut> out) {
        Report r;
        try {
            r = extractor.extract(doc.toDocument(), publicationDate);
        } catch (RuntimeException e) {
            failed.inc();
            LOG.warn("{}: internal error ({}); please report it with this document", doc.origin, e.toString(), e);
            return;
        }
        out.collect(new ReportOut(r.id(), r.origin(), r.language(), r.events().size(), ReportJson.line(r)));
        reports.inc();
        // as the store does: the URL the page gives, the outlet that published it (its own name, else the URL's host)
        String url = r.metadata().url == null ? null : r.metadata().url.value();
        String publisher = org.peristiwa.merge.Mention.publisherOf(r.metadata().outlet == null ? null : r.metadata().outlet.value(), url);
        for (EventRecord e : r.events()) {
            ctx.output(MENTIONS, MentionIn.of(e, url, publisher));
            mentions.inc();
        }
    }
}
