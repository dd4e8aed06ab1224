package org.peristiwa.merge;

import org.peristiwa.attribution.Source;
import org.peristiwa.event.Modality;
import org.peristiwa.record.Claim;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Evidence;

/** Builds mentions for the merge tests: one report's record of an event, with only the fields merging reads. */
final class Mentions {

    private final EventRecord r = new EventRecord();
    private String url;

    private Mentions(String reportId) {
        r.reportId = reportId;
        r.eventId = reportId + "-1";
        r.modality = Modality.ASSERTED;
        r.timePrecision = 1;
        r.geoPrecision = 1;
        r.confidence = 0.8;
    }

    static Mentions report(String reportId) {
        return new Mentions(reportId);
    }

    Mentions type(String eventType, String subType) {
        r.eventType = eventType;
        r.subEventType = subType;
        return this;
    }

    Mentions on(String date, int precision) {
        r.eventDate = date;
        r.timePrecision = precision;
        return this;
    }

    Mentions at(String country, String admin1, String location, double lat, double lon, int precision) {
        r.country = country;
        r.admin1 = admin1;
        r.location = location;
        r.latitude = lat;
        r.longitude = lon;
        r.geoPrecision = precision;
        return this;
    }

    Mentions actors(String a1, String a2) {
        r.actor1 = a1;
        r.actor2 = a2;
        return this;
    }

    Mentions dead(int n, String source, String kind) {
        r.fatalities = n;
        r.addEvidence("fatalities", new Evidence(0, 6, "killed", "test"));
        r.claims.add(new Claim("fatalities", (long) n, "killed " + n, source, kind, new Evidence(0, 6, "killed", "test")));
        return this;
    }

    Mentions source(String name, String kind) {
        r.sources.add(new Source(name, kind, null, null, null));
        return this;
    }

    Mentions modality(Modality m) {
        r.modality = m;
        return this;
    }

    Mentions url(String u) {
        url = u;
        return this;
    }

    Mention build() {
        return Mention.of(r, url, url == null ? null : java.net.URI.create(url).getHost());
    }
}
