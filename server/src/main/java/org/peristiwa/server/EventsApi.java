package org.peristiwa.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peristiwa.merge.MergedEvent;
import org.peristiwa.merge.Mention;
import org.peristiwa.store.EventQuery;
import org.peristiwa.store.EventStore;

/**
 * {@code GET /api/events}: the events the filters select, newest first, a page at a time, as the merged records
 * ({@code format=json}, the default) or as a GeoJSON FeatureCollection of summaries ({@code format=geojson});
 * {@code GET /api/events/{id}}: one event with the mentions merged into it and the text of every report they come
 * from, which their evidence offsets point into. Pages are kept until the next write ({@link ResponseCache}).
 */
final class EventsApi {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 5000;
    private static final Set<String> PARAMS = new HashSet<>(Filters.FILTERS);

    static {
        PARAMS.addAll(Filters.PAGING);
        PARAMS.add("format");
    }

    private final StoreAccess store;
    private final ResponseCache cache;

    EventsApi(StoreAccess store, ResponseCache cache) {
        this.store = store;
        this.cache = cache;
    }

    void install(RoutesConfig routes) {
        routes.get("/api/events", this::list);
        routes.get("/api/events/{id}", this::one);
    }

    private void list(Context ctx) {
        Filters f = Filters.of(ctx, PARAMS);
        String format = f.text("format") == null ? "json" : f.text("format");
        if (!format.equals("json") && !format.equals("geojson")) {
            throw new BadRequestResponse("format: '" + format + "' is neither json nor geojson");
        }
        EventQuery q = f.page(DEFAULT_LIMIT, MAX_LIMIT);
        cache.serve(ctx, store, () -> {
            long generation = store.generation();
            return format.equals("json")
                    ? new ResponseCache.Entry(generation, Json.TYPE, store.read(s -> page(s, q)).getBytes(StandardCharsets.UTF_8))
                    : new ResponseCache.Entry(generation, "application/geo+json; charset=utf-8", Json.bytes(store.read(s -> collection(s, q))));
        });
    }

    /** The page as JSON text: the stored records go out as stored, without being parsed. */
    private static String page(EventStore s, EventQuery q) {
        long total = s.count(q);
        StringBuilder sb = new StringBuilder(16 * 1024);
        sb.append("{\"total\":").append(total).append(",\"offset\":").append(q.offset()).append(",\"limit\":").append(q.limit());
        int[] n = {0};
        sb.append(",\"events\":[");
        s.forEachEventJson(q, json -> {
            if (n[0]++ > 0) sb.append(',');
            sb.append(json);
        });
        sb.append(']');
        if (q.offset() + n[0] < total) sb.append(",\"next_offset\":").append(q.offset() + n[0]);
        return sb.append('}').toString();
    }

    private static ObjectNode collection(EventStore s, EventQuery q) {
        ObjectNode fc = Json.object();
        fc.put("type", "FeatureCollection");
        long total = s.count(q);
        fc.put("total", total);
        fc.put("offset", q.offset());
        fc.put("limit", q.limit());
        ArrayNode features = fc.putArray("features");
        s.forEachEventJson(q, json -> features.add(EventFeatures.feature(json)));
        if (q.offset() + features.size() < total) fc.put("next_offset", q.offset() + features.size());
        return fc;
    }

    private void one(Context ctx) {
        Filters.of(ctx, Set.of());
        String id = ctx.pathParam("id");
        Json.send(ctx, store.read(s -> detail(s, id)));
    }

    private static Map<String, Object> detail(EventStore s, String id) {
        MergedEvent ev = s.event(id).orElseThrow(() -> new NotFoundResponse("no event with id '" + id + "'"));
        List<Map<String, Object>> mentions = new ArrayList<>();
        Map<String, Map<String, Object>> reports = new LinkedHashMap<>();
        for (Mention m : s.mentionsOf(id)) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("mention_id", m.id());
            one.put("report_id", m.reportId());
            one.put("url", m.url());
            one.put("publisher", m.publisher());
            one.put("record", m.record());
            mentions.add(one);
            if (!reports.containsKey(m.reportId())) s.report(m.reportId()).ifPresent(r -> reports.put(m.reportId(), ReportsApi.withoutRecords(r)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("event", ev);
        out.put("mentions", mentions);
        out.put("reports", new ArrayList<>(reports.values()));
        return out;
    }
}
