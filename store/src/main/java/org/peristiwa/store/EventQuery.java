package org.peristiwa.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which events to read: every filter is optional; null means "any". A bounding box is
 * {@code minLon, minLat, maxLon, maxLat}. Events come newest first, then by id, so pages are stable.
 * {@code acledOnly} keeps only events ACLED would record (asserted or claimed), as the ACLED export does.
 */
public record EventQuery(LocalDate from, LocalDate to, String country, String admin1, double[] bbox,
                         String eventType, String subEventType, String actor, Integer minFatalities,
                         String sourceKind, String modality, boolean acledOnly, int limit, int offset) {

    public static final int NO_LIMIT = Integer.MAX_VALUE;

    public EventQuery {
        if (bbox != null && bbox.length != 4) throw new IllegalArgumentException("a bounding box has four numbers: minLon,minLat,maxLon,maxLat");
        if (bbox != null && (bbox[0] > bbox[2] || bbox[1] > bbox[3])) {
            throw new IllegalArgumentException("a bounding box's minimum must not exceed its maximum (minLon,minLat,maxLon,maxLat)");
        }
        if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("the date range ends before it starts");
        if (limit < 0 || offset < 0) throw new IllegalArgumentException("limit and offset must not be negative");
        if (minFatalities != null && minFatalities < 0) throw new IllegalArgumentException("minimum fatalities must not be negative");
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, null, false, NO_LIMIT, 0);
    }

    public EventQuery withoutPaging() {
        return new EventQuery(from, to, country, admin1, bbox, eventType, subEventType, actor, minFatalities, sourceKind,
                modality, acledOnly, NO_LIMIT, 0);
    }

    public EventQuery acled() {
        return new EventQuery(from, to, country, admin1, bbox, eventType, subEventType, actor, minFatalities, sourceKind,
                modality, true, limit, offset);
    }

    /** SQL text and the values to bind, in order. */
    record Sql(String text, List<Object> params) {
        void bind(PreparedStatement ps) throws SQLException {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof Integer n) ps.setInt(i + 1, n);
                else if (p instanceof Double d) ps.setDouble(i + 1, d);
                else ps.setString(i + 1, String.valueOf(p));
            }
        }
    }

    Sql sql(String columns) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (from != null) { where.add("event_date >= CAST(? AS DATE)"); params.add(from.toString()); }
        if (to != null) { where.add("event_date <= CAST(? AS DATE)"); params.add(to.toString()); }
        if (country != null) { where.add("lower(country) = lower(?)"); params.add(country); }
        if (admin1 != null) { where.add("lower(admin1) = lower(?)"); params.add(admin1); }
        if (bbox != null) {
            where.add("longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?");
            params.add(bbox[0]); params.add(bbox[2]); params.add(bbox[1]); params.add(bbox[3]);
        }
        if (eventType != null) { where.add("lower(event_type) = lower(?)"); params.add(eventType); }
        if (subEventType != null) { where.add("lower(sub_event_type) = lower(?)"); params.add(subEventType); }
        if (actor != null) {
            where.add("(actor1 ILIKE ? OR actor2 ILIKE ?)");
            String like = "%" + actor.replace("%", "").replace("_", "") + "%";
            params.add(like); params.add(like);
        }
        if (minFatalities != null) { where.add("fatalities >= ?"); params.add(minFatalities); }
        if (sourceKind != null) { where.add("source_kinds LIKE ?"); params.add("%|" + sourceKind + "|%"); }
        if (modality != null) { where.add("modality = lower(?)"); params.add(modality); }
        if (acledOnly) where.add("modality IN ('asserted', 'claimed') AND event_type IS NOT NULL");
        StringBuilder sb = new StringBuilder("SELECT ").append(columns).append(" FROM events");
        if (!where.isEmpty()) sb.append(" WHERE ").append(String.join(" AND ", where));
        if (!columns.startsWith("count(")) {
            sb.append(" ORDER BY event_date DESC NULLS LAST, event_id");
            if (limit != NO_LIMIT) sb.append(" LIMIT ").append(limit);
            if (offset > 0) sb.append(" OFFSET ").append(offset);
        }
        return new Sql(sb.toString(), params);
    }
}
