package org.peristiwa.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peristiwa.kb.Tsv;

/** ACLED's event types and sub-event types with their PLOVER categories ({@code event/taxonomy.tsv}). */
public final class Taxonomy {

    /** One sub-event type: its event type and PLOVER category; {@code order} is its rank in the codebook. */
    public record SubType(String eventType, String subEventType, String plover, int order, String disorderType) {}

    private final Map<String, SubType> bySubType = new LinkedHashMap<>();

    private static final Taxonomy STANDARD = new Taxonomy(Tsv.resource("event/taxonomy.tsv", "event_type", "sub_event_type", "plover", "acled", "disorder_type"));

    public static Taxonomy standard() {
        return STANDARD;
    }

    public Taxonomy(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            SubType t = new SubType(row.require("event_type"), row.require("sub_event_type"), row.require("plover"), bySubType.size(),
                    row.get("disorder_type").isEmpty() ? null : row.get("disorder_type"));
            if (bySubType.put(t.subEventType(), t) != null) throw row.error("duplicate sub-event type '" + t.subEventType() + "'");
        }
    }

    public SubType subType(String name) {
        return bySubType.get(name);
    }

    public boolean isSubType(String name) {
        return bySubType.containsKey(name);
    }

    public Iterable<SubType> all() {
        return bySubType.values();
    }
}
