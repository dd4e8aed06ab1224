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
        m.put("events", r.events());
        if (!r.dismissed().isEmpty()) m.put("dismissed", r.dismissed());
        return m;
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
