package org.peristiwa.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peristiwa.Extractor;
import org.peristiwa.record.EventRecord;
import org.peristiwa.record.ReportJson;
import org.peristiwa.report.Report;

/**
 * A report on its way into the store: the report with its events, the hash of its text and the URL it was
 * published at (null when it has none: a file, standard input). A URL seen before with another text replaces the
 * report stored under it. {@link #of} also writes the JSON the store keeps (the report without its events, and each
 * event's record), so that the threads that extract do that work, not the one that writes.
 */
public record Incoming(Report report, String contentHash, String url, String reportJson, List<String> recordJsons) {

    public static Incoming of(Report report) {
        String url = report.metadata().url == null ? null : report.metadata().url.value();
        Map<String, Object> json = new LinkedHashMap<>(ReportJson.toMap(report));
        json.remove("events");
        List<String> records = new ArrayList<>(report.events().size());
        for (EventRecord e : report.events()) records.add(EventStore.json(e));
        return new Incoming(report, Extractor.contentHash(report.text()), url, EventStore.json(json), List.copyOf(records));
    }
}
