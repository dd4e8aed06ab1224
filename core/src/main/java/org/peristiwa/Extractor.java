package org.peristiwa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.peristiwa.ingest.DateValues;
import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.PageFacts;
import org.peristiwa.ingest.PageMetadata;
import org.peristiwa.pipeline.Pipeline;
import org.peristiwa.report.Report;

/**
 * The library's front door: text in, an annotated {@link Report} with its event records out.
 * <pre>{@code
 * Report r = Extractor.standard().extract(text, "report.txt");
 * r.events().forEach(e -> System.out.println(e.subEventType + " " + e.eventDate));
 * }</pre>
 * Thread-safe: one extractor serves any number of threads.
 */
public final class Extractor {

    private static volatile Extractor standard;
    private final Pipeline pipeline;

    public Extractor(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public static Extractor standard() {
        Extractor e = standard;
        if (e == null) {
            synchronized (Extractor.class) {
                if (standard == null) standard = new Extractor(Pipeline.standard());
                e = standard;
            }
        }
        return e;
    }

    public Report extract(String text, String origin) {
        return extract(text, origin, null);
    }

    /**
     * Extracts events from one report. {@code publicationDate}, when given, anchors relative dates for texts
     * that do not show their own publication date (a page's own date line takes precedence).
     */
    public Report extract(String text, String origin, LocalDate publicationDate) {
        Report report = new Report(reportId(text), origin, text);
        if (publicationDate != null) report.setAnchor(publicationDate, null);
        return pipeline.process(report);
    }

    /**
     * Extracts events from a document read by {@link org.peristiwa.ingest.DocumentReader}: its title (from the
     * page's markup) is put on the first line of the report's text, above the main text, so that it is read as
     * the title; its publication date anchors relative dates; and the page's metadata fills the report's, each
     * value with the page's source as its evidence rule.
     */
    public Report extract(Document doc, LocalDate publicationDate) {
        PageMetadata page = doc.page();
        String text = doc.text();
        String title = page.title() == null ? null : page.title().value();
        boolean titleLine = title != null && !title.contains("\n") && !text.startsWith(title);
        String full = titleLine ? title + "\n\n" + text : text;
        Report report = new Report(reportId(full), doc.origin(), full);
        LocalDate published = page.published() == null ? null : DateValues.date(page.published().value());
        if (published != null) report.setAnchor(published, DateValues.offset(page.published().value()));
        else if (publicationDate != null) report.setAnchor(publicationDate, null);
        PageFacts.address(report, page);
        pipeline.process(report);
        PageFacts.apply(report, page, titleLine ? title.length() : -1);
        return report;
    }

    /** The text a document's report will have: its title (when the text does not open with it) above its main text. */
    public static String reportText(Document doc) {
        String title = doc.page().title() == null ? null : doc.page().title().value();
        return title != null && !title.contains("\n") && !doc.text().startsWith(title) ? title + "\n\n" + doc.text() : doc.text();
    }

    /** The SHA-256 of a report's text, in hex: what a store knows a report by (the report id is its first 16 digits). */
    public static String contentHash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stable identifier: the same text always gets the same id. */
    public static String reportId(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
