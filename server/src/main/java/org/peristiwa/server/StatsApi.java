package org.peristiwa.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.peristiwa.store.EventQuery;
import org.peristiwa.store.EventStore;

/**
 * {@code GET /api/stats}: how many events the filters select, by event type, country, week (the Monday it starts
 * on), modality and source kind. Counted over the events themselves; an answer is kept until the next write
 * ({@link ResponseCache}), so a page that asks again costs nothing.
 */
final class StatsApi {

    private final StoreAccess store;
    private final ResponseCache cache;

    StatsApi(StoreAccess store, ResponseCache cache) {
        this.store = store;
        this.cache = cache;
    }

    void install(RoutesConfig routes) {
        routes.get("/api/stats", this::stats);
    }

    private void stats(Context ctx) {
        EventQuery q = Filters.of(ctx, Filters.FILTERS).query();
        cache.serve(ctx, store, () -> {
            long generation = store.generation();
            return new ResponseCache.Entry(generation, Json.TYPE, Json.bytes(store.read(s -> count(s, q))));
        });
    }

    private static ObjectNode count(EventStore s, EventQuery q) {
        Map<String, Integer> types = new HashMap<>(), countries = new HashMap<>(), modalities = new HashMap<>(),
                kinds = new HashMap<>();
        Map<String, Integer> weeks = new TreeMap<>();
        int[] total = {0}, undated = {0};
        s.forEachEventJson(q, json -> {
            JsonNode r = parse(json).path("record");
            total[0]++;
            add(types, r.path("event_type").asText("none"));
            add(countries, r.path("country").asText("unknown"));
            add(modalities, r.path("modality").asText("unknown"));
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (JsonNode src : r.path("sources")) {
                if (seen.add(src.path("source_kind").asText("other"))) add(kinds, src.path("source_kind").asText("other"));
            }
            String week = weekOf(r.path("event_date").asText(""));
            if (week == null) undated[0]++;
            else add(weeks, week);
        });
        ObjectNode out = Json.object();
        out.put("events", total[0]);
        out.put("undated", undated[0]);
        out.set("by_type", ranked(types));
        out.set("by_country", ranked(countries));
        out.set("by_week", Json.MAPPER.valueToTree(weeks));
        out.set("by_modality", ranked(modalities));
        out.set("by_source_kind", ranked(kinds));
        return out;
    }

    private static void add(Map<String, Integer> m, String key) {
        m.merge(key, 1, Integer::sum);
    }

    /** Most frequent first, then by name. */
    private static ObjectNode ranked(Map<String, Integer> m) {
        ObjectNode o = Json.object();
        m.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> o.put(e.getKey(), e.getValue()));
        return o;
    }

    static String weekOf(String isoDate) {
        if (isoDate.length() < 10) return null;
        try {
            return LocalDate.parse(isoDate.substring(0, 10)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored event is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
