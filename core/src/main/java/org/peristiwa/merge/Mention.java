package org.peristiwa.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.peristiwa.attribution.Source;
import org.peristiwa.event.Modality;
import org.peristiwa.record.Claim;
import org.peristiwa.record.EventRecord;

/**
 * One report's account of one event, reduced to what merging compares and combines. {@code record} is the event
 * record the report gave (with its evidence); {@code publisher} is the outlet that published the report (from its
 * page, or its URL's host), which counts as a source when the report credits no other.
 */
public final class Mention {

    private final String id, reportId, url, publisher;
    private final EventRecord record;
    private final LocalDate date, start, end;

    public Mention(String id, String reportId, String url, String publisher, EventRecord record) {
        this.id = Objects.requireNonNull(id, "id");
        this.reportId = Objects.requireNonNull(reportId, "reportId");
        this.url = url;
        this.publisher = publisher;
        this.record = Objects.requireNonNull(record, "record");
        this.date = parse(record.eventDate);
        this.start = parse(record.dateStart);
        this.end = parse(record.dateEnd);
    }

    public String id() { return id; }
    public String reportId() { return reportId; }
    public String url() { return url; }
    public String publisher() { return publisher; }
    public EventRecord record() { return record; }

    @Override
    public String toString() {
        return "Mention[" + id + " " + record.subEventType + " " + record.eventDate + " " + record.location + "]";
    }

    /** The outlet a report names itself, else its URL's host without "www." (null when neither is known). */
    public static String publisherOf(String outlet, String url) {
        if (outlet != null) return outlet;
        if (url == null) return null;
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static Mention of(EventRecord record, String url, String publisher) {
        return new Mention(record.eventId, record.reportId, url, publisher, record);
    }

    public String subEventType() { return record.subEventType; }
    public String eventType() { return record.eventType; }
    public Modality modality() { return record.modality; }
    public String country() { return record.country; }
    public String admin1() { return record.admin1; }
    public String location() { return record.location; }

    public LocalDate date() {
        return date;
    }

    /** The first and last day the date may mean, from its precision (or the report's own start and end). */
    public LocalDate[] dateRange(MergeRules.Settings s) {
        LocalDate d = date();
        if (d == null) return null;
        int p = record.timePrecision == null ? 1 : record.timePrecision;
        int half = p <= 1 ? 0 : p == 2 ? s.weekDays() : s.monthDays();
        LocalDate from = d.minusDays(half), to = d.plusDays(half);
        if (start != null && start.isBefore(from)) from = start;
        if (end != null && end.isAfter(to)) to = end;
        return new LocalDate[] {from, to};
    }

    public int geoPrecision() {
        return record.geoPrecision == null ? 3 : record.geoPrecision;
    }

    public boolean hasPoint() {
        return record.latitude != null && record.longitude != null;
    }

    /** The fatality figure and whether it is only the perpetrator's claim (never raising the independent figure). */
    public boolean fatalitiesClaimedByPerpetrator() {
        if (record.modality == Modality.CLAIMED) return true;
        boolean claimed = false;
        for (Claim c : record.claims) {
            if (!"fatalities".equals(c.field())) continue;
            if (!"perpetrator_affiliated".equals(c.sourceKind())) return false;
            claimed = true;
        }
        return claimed;
    }

    /** Whether the report gives a death toll at all (a report silent on deaths is no zero). */
    public boolean givesFatalities() {
        return record.fatalities != null && (record.fatalities > 0 || record.evidence.containsKey("fatalities"));
    }

    /** Who this mention's facts come from: the sources the report credits, else its publisher. */
    public List<Source> sources() {
        List<Source> out = new ArrayList<>(record.sources);
        if (out.isEmpty() && publisher != null) out.add(new Source(publisher, "publisher", null, null, null));
        return out;
    }

    private static LocalDate parse(String iso) {
        if (iso == null || iso.length() < 10) return null;
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
