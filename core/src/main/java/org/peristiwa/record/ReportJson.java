package org.peristiwa.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import org.peristiwa.report.Report;

/**
 * Writes a report and its events as JSON: one object per report with its metadata, flags, events and the
 * mentions it set aside. Key order is fixed, so the same input gives byte-identical output.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);

    private ReportJson() {}

    public static Map<String, Object> toMap(Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("report_id", r.id());
        if (r.origin() != null) m.put("path", r.origin());
        m.put("language", r.language());
        m.put("metadata", r.metadata());
        m.put("flags", r.flags());
        if (r.relevance() != null) m.put("relevance", r.relevance());
        m.put("events", r.events());
        if (!r.dismissed().isEmpty()) m.put("dismissed", r.dismissed());
        return m;
    }

    /**
     * The intermediate layers (sentences aside): dates, numbers, places, actors, attributions and triggers
     * with their modality, each as its quoted words and what it was read as. For explaining a result.
     */
    public static Map<String, Object> layers(Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        String t = r.text();
        m.put("dates", r.dates().stream().map(d -> d.span().of(t) + " => " + d.date() + " p" + d.precision() + " " + d.rule()).toList());
        m.put("numbers", r.numbers().stream().map(n -> n.span().of(t) + " => " + n.value() + " " + n.bound()).toList());
        m.put("places", r.places().stream().map(p -> p.span().of(t) + " => " + (p.isCountry() ? p.country().name()
                : p.candidates().stream().map(c -> c.name() + "/" + c.country()).toList()) + " " + p.rule()).toList());
        m.put("actors", r.actors().stream().map(a -> a.span().of(t) + " => " + a.key() + (a.country() == null ? "" : " [" + a.country().name() + "]")).toList());
        m.put("entities", r.entities().stream().map(e -> e.span().of(t) + " => " + e.type()).toList());
        m.put("attributions", r.attributions().stream().map(a -> a.cue().of(t) + " => " + a.source().name() + " (" + a.source().kind() + ")").toList());
        m.put("triggers", r.eventMentions().stream().map(e -> e.span().of(t) + " => " + e.type() + " w" + e.weight() + " " + e.modality().code()
                + " s" + e.sentence()).toList());
        return m;
    }

    public static String withLayers(Report r, boolean pretty) {
        Map<String, Object> m = toMap(r);
        m.put("layers", layers(r));
        try {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(m) : MAPPER.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise report " + r.id(), e);
        }
    }

    public static String line(Report r) {
        try {
            return MAPPER.writeValueAsString(toMap(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise report " + r.id(), e);
        }
    }

    public static String pretty(Report r) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toMap(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise report " + r.id(), e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
