package org.peristiwa.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.peristiwa.merge.MergeRules;
import org.peristiwa.merge.Mention;
import org.peristiwa.record.EventRecord;

/**
 * Reading stored mentions back for merging: those near new ones, those of some components, those of an event. The
 * light columns come from one query; a mention's record (its JSON, which costs more to read than the rest) is parsed
 * once and kept, since a stored mention never changes (only the event it belongs to does).
 */
final class StoredMentions {

    private final Connection conn;
    private final MergeRules rules;
    private final Map<String, EventRecord> parsed = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EventRecord> eldest) {
            return size() > 100_000;
        }
    };

    StoredMentions(Connection conn, MergeRules rules) {
        this.conn = conn;
        this.rules = rules;
    }

    /** Keeps a new mention's record, so that later batches need not read it back. */
    void remember(Mention m) {
        parsed.put(m.id(), m.record());
    }

    /** The light columns of a stored mention; its record is read separately, and only when not parsed already. */
    private static final String MENTION_COLUMNS = "SELECT m.mention_id, m.component, m.event_id, m.country, m.event_date, m.url,"
            + " m.publisher FROM mentions m ";

    /**
     * Stored mentions dated within the search window of a new mention in the same country: the windows (each new
     * date widened by the window, overlapping ones joined) go into a temporary table, and one join finds them.
     */
    List<StoredMention> nearby(List<Mention> fresh) throws SQLException {
        Map<String, TreeSet<LocalDate>> dates = new TreeMap<>();
        for (Mention m : fresh) {
            if (m.country() != null && m.date() != null) dates.computeIfAbsent(m.country(), k -> new TreeSet<>()).add(m.date());
        }
        if (dates.isEmpty()) return new ArrayList<>();
        int days = rules.settings().candidateDays();
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS batch_windows (country VARCHAR, lo DATE, hi DATE)");
            st.execute("DELETE FROM batch_windows");
        }
        List<String[]> windows = new ArrayList<>();
        for (Map.Entry<String, TreeSet<LocalDate>> e : dates.entrySet()) {
            LocalDate lo = null, hi = null;
            for (LocalDate d : e.getValue()) {
                if (hi != null && !d.minusDays(days).isAfter(hi)) {
                    hi = d.plusDays(days);
                    continue;
                }
                if (lo != null) windows.add(new String[] {e.getKey(), lo.toString(), hi.toString()});
                lo = d.minusDays(days);
                hi = d.plusDays(days);
            }
            windows.add(new String[] {e.getKey(), lo.toString(), hi.toString()});
        }
        for (int i = 0; i < windows.size(); i += 300) {
            List<String[]> part = windows.subList(i, Math.min(windows.size(), i + 300));
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO batch_windows VALUES "
                    + String.join(",", java.util.Collections.nCopies(part.size(), "(?, CAST(? AS DATE), CAST(? AS DATE))")))) {
                int k = 1;
                for (String[] w : part) {
                    ps.setString(k++, w[0]);
                    ps.setString(k++, w[1]);
                    ps.setString(k++, w[2]);
                }
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = conn.prepareStatement(MENTION_COLUMNS + "JOIN batch_windows w ON m.country = w.country"
                + " AND m.event_date BETWEEN w.lo AND w.hi WHERE m.component IS NOT NULL")) {
            return withRecords(rows(ps));
        }
    }

    List<StoredMention> inComponents(Collection<String> components) throws SQLException {
        if (components.isEmpty()) return new ArrayList<>();
        try (PreparedStatement ps = Keys.bind(conn, MENTION_COLUMNS + "WHERE m.component IN " + Keys.IN, components)) {
            return withRecords(rows(ps));
        }
    }

    /** The mentions merged into an event, by id. */
    List<Mention> ofEvent(String eventId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(MENTION_COLUMNS + "WHERE m.event_id = ? ORDER BY m.mention_id")) {
            ps.setString(1, eventId);
            return withRecords(rows(ps)).stream().map(StoredMention::mention).toList();
        }
    }

    private record Row(String id, String component, String eventId, LocalDate date, String url, String publisher) {}

    private static List<Row> rows(PreparedStatement ps) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                java.sql.Date d = r.getDate(5);
                out.add(new Row(r.getString(1), r.getString(2), r.getString(3), d == null ? null : d.toLocalDate(),
                        r.getString(6), r.getString(7)));
            }
        }
        return out;
    }

    /** The rows as mentions, their records parsed once and kept (reading a record's JSON costs more than the rest). */
    private List<StoredMention> withRecords(List<Row> rows) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (Row r : rows) if (!parsed.containsKey(r.id())) missing.add(r.id());
        if (!missing.isEmpty()) {
            try (PreparedStatement ps = Keys.bind(conn, "SELECT mention_id, record_json FROM mentions WHERE mention_id IN " + Keys.IN, missing);
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) parsed.put(r.getString(1), EventStore.parse(r.getString(2), EventRecord.class));
            }
        }
        List<StoredMention> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            EventRecord rec = parsed.get(r.id());
            out.add(new StoredMention(new Mention(r.id(), rec.reportId, r.url(), r.publisher(), rec), r.component(), r.eventId()));
        }
        return out;
    }
}
