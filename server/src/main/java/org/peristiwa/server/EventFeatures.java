package org.peristiwa.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.TreeSet;

/**
 * A merged event as a GeoJSON feature whose properties are the event's summary: what the map, the timeline and the
 * filters need, without the evidence (that is {@code /api/events/{id}}). An event without a point has a null
 * geometry (RFC 7946 allows such unlocated features), so that the timeline still counts it.
 */
final class EventFeatures {

    private static final List<String> FIELDS = List.of("event_date", "time_precision", "event_type", "sub_event_type",
            "modality", "actor1", "actor2", "country", "admin1", "location", "geo_precision", "fatalities");

    private EventFeatures() {}

    /** The feature of one stored event, from its JSON. */
    static ObjectNode feature(String eventJson) {
        JsonNode ev;
        try {
            ev = Json.MAPPER.readTree(eventJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored event is not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode r = ev.path("record");
        ObjectNode f = Json.object();
        f.put("type", "Feature");
        f.put("id", ev.path("event_id").asText());
        if (r.path("latitude").isNumber() && r.path("longitude").isNumber()) {
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(r.path("longitude").asDouble()).add(r.path("latitude").asDouble());
        } else {
            f.putNull("geometry");
        }
        ObjectNode p = f.putObject("properties");
        p.put("event_id", ev.path("event_id").asText());
        for (String field : FIELDS) {
            if (r.hasNonNull(field)) p.set(field, r.get(field));
        }
        p.put("num_reports", ev.path("num_reports").asInt());
        p.put("num_sources", ev.path("num_sources").asInt());
        TreeSet<String> kinds = new TreeSet<>();
        for (JsonNode s : r.path("sources")) {
            if (s.hasNonNull("source_kind")) kinds.add(s.get("source_kind").asText());
        }
        ArrayNode k = p.putArray("source_kinds");
        kinds.forEach(k::add);
        return f;
    }
}
