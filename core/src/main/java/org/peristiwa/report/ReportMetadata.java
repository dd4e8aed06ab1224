package org.peristiwa.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a report says about itself: title, outlet, dateline, credit, publication date-time, view count.
 * Each value is a {@link Fact} so that its evidence travels with it. Fields are filled by the pipeline's
 * press-conventions step from the text, and from the page's markup, feed or archive headers when the report was
 * read from one (see {@code org.peristiwa.ingest.PageFacts}); a value the page does not show stays null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"title", "outlet", "url", "published", "published_hijri", "author", "byline", "dateline", "credit", "view_count", "fetched"})
public final class ReportMetadata {

    /** A dateline: the place the report was filed from. {@code country} is null when the dateline names none. */
    @JsonPropertyOrder({"place", "country", "evidence"})
    public record Dateline(String place, String country, Evidence evidence) {}

    /** A closing credit such as "(an/ARA)": the editor's initials and the source the content came from. */
    @JsonPropertyOrder({"code", "source", "editor", "evidence"})
    public record Credit(String code, String source, String editor, Evidence evidence) {}

    public Fact<String> title;
    public Fact<String> outlet;
    public Fact<String> url;
    /** ISO-8601 date-time with offset (or a date alone when the page gives no time). */
    public Fact<String> published;
    /** The Hijri date printed beside the Gregorian one, as an ISO Umm al-Qura date, e.g. "1446-07-16". */
    @com.fasterxml.jackson.annotation.JsonProperty("published_hijri")
    public Fact<String> publishedHijri;
    /** The author or byline a page's markup or feed names (a closing credit is {@link #credit}). */
    public Fact<String> author;
    /** When an archive fetched the page (WARC-Date), ISO-8601 in UTC. */
    public Fact<String> fetched;
    public Dateline dateline;
    /** The byline as printed ("By Abubakar Lawan", "Penulis … | Editor …"). */
    public Fact<String> byline;
    public Credit credit;
    @com.fasterxml.jackson.annotation.JsonProperty("view_count")
    public Fact<Long> viewCount;
}
