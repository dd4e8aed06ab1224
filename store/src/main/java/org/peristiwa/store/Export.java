package org.peristiwa.store;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.peristiwa.attribution.Source;
import org.peristiwa.event.Taxonomy;
import org.peristiwa.kb.Tsv;
import org.peristiwa.merge.MergedEvent;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Evidence;

/**
 * Writes a store's events for other tools: ACLED's CSV columns in ACLED's order (for Excel, R, pandas), JSON Lines
 * (the merged records with their evidence), GeoJSON (QGIS) and Parquet (DuckDB, Arrow; written by DuckDB itself).
 */
public final class Export {

    public enum Format { ACLED_CSV, JSONL, GEOJSON, PARQUET;
        public static Format of(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** ACLED's columns, in ACLED's order. */
    public static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
            "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
            "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
            "timestamp");

    /**
     * The columns an ACLED export writes: ACLED's, then peristiwa's own {@code report_ids} (the stored reports the
     * event was merged from, ';'-separated), which {@code eval --predictions} joins on.
     */
    public static final List<String> EXPORT_COLUMNS = java.util.stream.Stream.concat(ACLED_COLUMNS.stream(),
            java.util.stream.Stream.of("report_ids")).toList();

    private static final Map<String, String> SCALE = new HashMap<>();

    static {
        for (Tsv.Row r : Tsv.resource("store/source-scale.tsv", "source_kind", "source_scale")) {
            SCALE.put(r.require("source_kind"), r.require("source_scale"));
        }
    }

    private Export() {}

    /** Writes the events {@code q} selects to {@code out}; returns how many. */
    public static long write(EventStore store, EventQuery q, Format format, Path out) throws IOException {
        if (format == Format.PARQUET) return parquet(store, q, out);
        long[] n = {0};
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            switch (format) {
                case JSONL -> store.forEachEventJson(q, json -> {
                    line(w, json);
                    n[0]++;
                });
                case ACLED_CSV -> {
                    CsvMapper csv = new CsvMapper();
                    CsvSchema.Builder b = CsvSchema.builder();
                    EXPORT_COLUMNS.forEach(b::addColumn);
                    var writer = csv.writer(b.build().withHeader()).writeValues(w);
                    store.forEachEventJson(q, json -> {
                        try {
                            writer.write(acledRow(EventStore.parse(json, MergedEvent.class)));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        n[0]++;
                    });
                    writer.flush();
                }
                case GEOJSON -> {
                    w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
                    store.forEachEventJson(q, json -> {
                        MergedEvent ev = EventStore.parse(json, MergedEvent.class);
                        if (ev.record().latitude == null || ev.record().longitude == null) return;
                        line(w, (n[0] == 0 ? "" : ",") + EventStore.json(feature(ev)));
                        n[0]++;
                    });
                    w.write("]}\n");
                }
                default -> throw new IllegalStateException(format.name());
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return n[0];
    }

    private static void line(Writer w, String s) {
        try {
            w.write(s);
            w.write('\n');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One ACLED row: the merged record's columns, its sources, and notes made of the words that back it. */
    public static Map<String, Object> acledRow(MergedEvent ev) {
        EventRecord r = ev.record();
        Map<String, Object> m = new LinkedHashMap<>();
        Taxonomy.SubType t = r.subEventType == null ? null : Taxonomy.standard().subType(r.subEventType);
        m.put("event_id_cnty", ev.id());
        m.put("event_date", r.eventDate);
        m.put("year", r.eventDate == null ? null : r.eventDate.substring(0, 4));
        m.put("time_precision", r.timePrecision);
        m.put("disorder_type", t == null ? null : t.disorderType());
        m.put("event_type", r.eventType);
        m.put("sub_event_type", r.subEventType);
        m.put("actor1", r.actor1);
        m.put("assoc_actor_1", r.assocActor1);
        m.put("inter1", r.inter1);
        m.put("actor2", r.actor2);
        m.put("assoc_actor_2", r.assocActor2);
        m.put("inter2", r.inter2);
        m.put("interaction", r.interaction);
        m.put("civilian_targeting", r.inter2 != null && r.inter2 == 7 ? "Civilian targeting" : null);
        m.put("iso", null);
        m.put("region", null);
        m.put("country", r.country);
        m.put("admin1", r.admin1);
        m.put("admin2", r.admin2);
        m.put("admin3", null);
        m.put("location", r.location);
        m.put("latitude", r.latitude);
        m.put("longitude", r.longitude);
        m.put("geo_precision", r.geoPrecision);
        TreeSet<String> names = new TreeSet<>(), scales = new TreeSet<>();
        for (Source s : r.sources) {
            names.add(s.name());
            scales.add(SCALE.getOrDefault(s.kind(), "Other"));
        }
        m.put("source", String.join("; ", names));
        m.put("source_scale", String.join("-", scales));
        m.put("notes", notes(ev));
        m.put("fatalities", r.fatalities);
        m.put("tags", ev.numReports() > 1 ? "reports: " + ev.numReports() : null);
        m.put("timestamp", null);
        TreeSet<String> reports = new TreeSet<>();
        for (String id : ev.mentionIds()) reports.add(id.substring(0, id.lastIndexOf('-')));
        m.put("report_ids", String.join(";", reports));
        return m;
    }

    /**
     * Notes in ACLED's manner, from the evidence: "On 2021-03-01, 'killed at least five' (Konduga, Borno)." Each
     * quoted phrase is the report's own words for a field; nothing is paraphrased.
     */
    static String notes(MergedEvent ev) {
        EventRecord r = ev.record();
        List<String> quotes = new ArrayList<>();
        for (String field : List.of("sub_event_type", "actor1", "actor2", "fatalities")) {
            List<Evidence> list = r.evidence.get(field);
            if (list == null) continue;
            for (Evidence e : list) {
                String q = e.quote().strip();
                if (!q.isEmpty() && quotes.stream().noneMatch(x -> x.contains(q))) quotes.add(q);
            }
        }
        StringBuilder sb = new StringBuilder();
        if (r.eventDate != null) sb.append("On ").append(r.eventDate).append(", ");
        sb.append(quotes.isEmpty() ? r.subEventType : "'" + String.join("' ... '", quotes) + "'");
        List<String> place = new ArrayList<>();
        if (r.location != null) place.add(r.location);
        if (r.admin1 != null && !r.admin1.equals(r.location)) place.add(r.admin1);
        if (!place.isEmpty()) sb.append(" (").append(String.join(", ", place)).append(")");
        sb.append('.');
        if (!"none".equals(ev.fatalitiesBasis()) && ev.fatalitiesMin() != null && !ev.fatalitiesMin().equals(ev.fatalitiesMax())) {
            sb.append(" Reported fatalities ").append(ev.fatalitiesMin()).append("-").append(ev.fatalitiesMax())
                    .append("; the lowest is coded.");
        }
        if ("claim".equals(ev.fatalitiesBasis())) sb.append(" Fatalities as claimed by the perpetrator.");
        return sb.toString();
    }

    static Map<String, Object> feature(MergedEvent ev) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("geometry", Map.of("type", "Point", "coordinates", List.of(ev.record().longitude, ev.record().latitude)));
        Map<String, Object> p = new LinkedHashMap<>(acledRow(ev));
        p.remove("latitude");
        p.remove("longitude");
        p.put("num_reports", ev.numReports());
        p.put("num_sources", ev.numSources());
        p.put("modality", ev.record().modality == null ? null : ev.record().modality.code());
        f.put("properties", p);
        return f;
    }

    private static long parquet(EventStore store, EventQuery q, Path out) throws IOException {
        EventQuery.Sql sql = q.sql("event_id, event_date, time_precision, event_type, sub_event_type, modality, actor1,"
                + " actor2, country, admin1, admin2, location, latitude, longitude, geo_precision, fatalities,"
                + " fatalities_min, fatalities_max, num_reports, num_sources, event_json");
        // COPY takes no bound parameters: the filters' values are inlined as escaped literals
        String[] parts = sql.text().split("\\?", -1);
        StringBuilder text = new StringBuilder(parts[0]);
        for (int i = 0; i < sql.params().size(); i++) {
            Object p = sql.params().get(i);
            text.append(p instanceof Number ? p.toString() : "'" + String.valueOf(p).replace("'", "''") + "'").append(parts[i + 1]);
        }
        String target = out.toAbsolutePath().toString().replace("'", "''");
        try (Statement s = store.connection().createStatement()) {
            s.execute("COPY (" + text + ") TO '" + target + "' (FORMAT PARQUET)");
        } catch (SQLException e) {
            throw new IOException(out + ": cannot write Parquet: " + EventStore.reason(e));
        }
        return store.count(q);
    }
}
