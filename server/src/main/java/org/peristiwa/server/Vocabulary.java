package org.peristiwa.server;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.peristiwa.event.Modality;
import org.peristiwa.event.Taxonomy;

/**
 * The values a filter may take, so that a misspelt one is refused with the list instead of matching nothing: ACLED's
 * event types and sub-types (the taxonomy's names), the modalities of recorded events, and the source kinds.
 */
final class Vocabulary {

    /** Lower-cased name to the name as the records spell it. */
    static final Map<String, String> EVENT_TYPES = new LinkedHashMap<>();
    static final Map<String, String> SUB_EVENT_TYPES = new TreeMap<>();
    static final List<String> MODALITIES = Arrays.stream(Modality.values()).filter(Modality::isRecorded).map(Modality::code).toList();
    static final List<String> SOURCE_KINDS = List.of("independent_media", "partisan_media", "perpetrator_affiliated",
            "state_media", "monitor", "local_activist", "government", "military", "witness", "publisher", "other");

    static {
        for (Taxonomy.SubType t : Taxonomy.standard().all()) {
            EVENT_TYPES.putIfAbsent(t.eventType().toLowerCase(Locale.ROOT), t.eventType());
            SUB_EVENT_TYPES.put(t.subEventType().toLowerCase(Locale.ROOT), t.subEventType());
        }
    }

    private Vocabulary() {}
}
