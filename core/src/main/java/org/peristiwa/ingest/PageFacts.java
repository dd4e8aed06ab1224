package org.peristiwa.ingest;

import org.peristiwa.report.Evidence;
import org.peristiwa.report.Fact;
import org.peristiwa.report.Report;
import org.peristiwa.report.ReportMetadata;

/**
 * Puts what a page states about itself into a report's metadata. The page's markup is trusted above what the
 * press conventions read from the text (meta tags and Open Graph are written for machines; a date line may be
 * the sidebar's), except where both give the same value, when the words in the text are the better evidence.
 * <p>Evidence for a value the text does not contain (a canonical URL, an ISO date in a meta tag) is an empty
 * span at offset 0, with the rule naming where the page states it ("html:og:url",
 * "html:json-ld:NewsArticle.datePublished", "warc:WARC-Date"). The title, put on the text's first line by the
 * extractor, is quoted there with its source as the rule.
 */
public final class PageFacts {

    private PageFacts() {}

    /** The page's address, before the report is read: what kind of page it is (an opinion section) weighs on reading it. */
    public static void address(Report report, PageMetadata page) {
        if (page.url() != null && report.metadata().url == null) report.metadata().url = outside(page.url());
    }

    /** @param titleEnd end of the title line the extractor added to the text, or -1 */
    public static void apply(Report report, PageMetadata page, int titleEnd) {
        ReportMetadata m = report.metadata();
        if (page.title() != null) {
            if (titleEnd > 0) {
                m.title = new Fact<>(page.title().value(), report.evidence(0, titleEnd, page.title().source()));
            } else if (m.title == null || !m.title.value().equals(page.title().value())) {
                m.title = outside(page.title());
            }
        }
        m.published = prefer(m.published, page.published(), true);
        m.outlet = prefer(m.outlet, page.outlet(), false);
        m.url = prefer(m.url, page.url(), false);
        m.author = prefer(m.author, page.author(), false);
        if (page.fetched() != null) m.fetched = outside(page.fetched());
    }

    private static Fact<String> prefer(Fact<String> fromText, Sourced fromPage, boolean date) {
        if (fromPage == null) return fromText;
        if (fromText != null) {
            boolean same = date ? fromText.value().regionMatches(0, fromPage.value(), 0, 10) && fromText.value().length() >= fromPage.value().length()
                    : fromText.value().equalsIgnoreCase(fromPage.value());
            // the same value: the words in the text are the better evidence; the markup's spelling is kept
            if (same) return date ? fromText : new Fact<>(fromPage.value(), fromText.evidence());
        }
        return outside(fromPage);
    }

    private static Fact<String> outside(Sourced s) {
        return new Fact<>(s.value(), new Evidence(0, 0, "", s.source()));
    }
}
