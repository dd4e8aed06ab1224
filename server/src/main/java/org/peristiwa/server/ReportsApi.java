package org.peristiwa.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peristiwa.Extractor;
import org.peristiwa.ingest.Document;
import org.peristiwa.record.ReportJson;
import org.peristiwa.report.Report;
import org.peristiwa.store.EventStore;
import org.peristiwa.store.Incoming;
import org.peristiwa.store.IngestResult;

/**
 * {@code POST /api/reports}: extracts the events of the reports in the body and returns the records, each report
 * with its text (which the evidence offsets point into); with {@code store=true} also stores them, merging them into
 * the store's events as {@code peristiwa ingest} does (201, and each report's merged event ids). {@code published}
 * (YYYY-MM-DD) anchors relative dates in a report that shows no date of its own; {@code url} is where a text or page
 * body was published (a URL stored before with another text is replaced). Needs the write token when the server has
 * one. {@code GET /api/reports/{id}}: a stored report with its text and event records.
 */
final class ReportsApi {

    private final StoreAccess store;
    private final Security security;
    private final long maxBodyBytes;

    ReportsApi(StoreAccess store, Security security, long maxBodyBytes) {
        this.store = store;
        this.security = security;
        this.maxBodyBytes = maxBodyBytes;
    }

    void install(RoutesConfig routes) {
        routes.post("/api/reports", this::post);
        routes.get("/api/reports/{id}", this::one);
    }

    private void post(Context ctx) {
        security.requireWriteAccess(ctx);
        Filters f = Filters.of(ctx, Set.of("store", "published", "url"));
        boolean keep = f.bool("store");
        LocalDate published = f.date("published");
        String url = f.text("url");
        if (url != null && !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new BadRequestResponse("url: '" + url + "' is not an http(s) URL");
        }
        List<Document> docs = RequestBodies.documents(ctx, maxBodyBytes, url);
        Extractor extractor = Extractor.standard();
        List<Report> reports = new ArrayList<>();
        for (Document d : docs) reports.add(extractor.extract(d, published));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("stored", keep);
        List<List<String>> merged = null;
        if (keep) {
            List<Incoming> batch = reports.stream().map(Incoming::of).toList();
            IngestResult r = store.write(s -> s.add(batch));
            out.put("result", Map.of("added", r.added(), "skipped", r.skipped(), "replaced", r.replaced(),
                    "mentions", r.mentions(), "events_written", r.eventsWritten()));
            merged = store.read(s -> reports.stream().map(rep -> mergedEventIds(s, rep.id())).toList());
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Map<String, Object> m = new LinkedHashMap<>(ReportJson.toMap(reports.get(i)));
            m.put("text", reports.get(i).text());
            if (merged != null) m.put("merged_event_ids", merged.get(i));
            items.add(m);
        }
        out.put("reports", items);
        if (keep && reports.size() == 1) ctx.header("Location", "/api/reports/" + reports.get(0).id());
        ctx.status(keep ? 201 : 200);
        Json.send(ctx, out);
    }

    /** The events a stored report's mentions were merged into, in the order of its mentions. */
    @SuppressWarnings("unchecked")
    private static List<String> mergedEventIds(EventStore s, String reportId) {
        List<String> ids = new ArrayList<>();
        s.report(reportId).ifPresent(r -> {
            for (Map<String, Object> e : (List<Map<String, Object>>) r.get("events")) {
                Object id = e.get("merged_event_id");
                if (id != null && !ids.contains(id.toString())) ids.add(id.toString());
            }
        });
        return ids;
    }

    private void one(Context ctx) {
        Filters.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        Json.send(ctx, store.read(s -> s.report(id)).orElseThrow(() -> new NotFoundResponse("no report with id '" + id + "'")));
    }

    /** A stored report's text and metadata, without its event records (an event's own page lists those). */
    static Map<String, Object> withoutRecords(Map<String, Object> report) {
        Map<String, Object> m = new LinkedHashMap<>(report);
        m.remove("events");
        m.remove("dismissed");
        return m;
    }
}
