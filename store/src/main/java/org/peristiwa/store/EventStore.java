package org.peristiwa.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.peristiwa.attribution.Source;
import org.peristiwa.merge.Clustering;
import org.peristiwa.merge.MergeRules;
import org.peristiwa.merge.MergedEvent;
import org.peristiwa.merge.Mention;
import org.peristiwa.record.Claim;
import org.peristiwa.record.EventRecord;
import org.peristiwa.record.ReportJson;
import org.peristiwa.report.Flag;
import org.peristiwa.report.Report;

/**
 * Reports, their event mentions and the events they merge into, in one embedded DuckDB file. Each batch of
 * reports is stored in one transaction with the events it changes, so a process killed at any moment leaves the
 * store as it was after the last whole batch, and running the same input again completes it. A report whose text
 * is stored already is skipped; a URL stored with another text has its report and mentions replaced.
 * <p>
 * Merging: the mentions that any chain of possible links joins form a component; a batch re-groups only the
 * components its new (or removed) mentions touch, with {@link Clustering}, which does not depend on order. So the
 * events are the same whatever order the reports came in, and the same as grouping everything at once.
 */
public final class EventStore implements AutoCloseable {



    private static final ObjectMapper JSON = ReportJson.mapper().copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    private final Connection conn;
    /** A second connection to the same database, for look-ups while a batch is being written. */
    private final Connection reader;
    private final MergeRules rules;
    private final Clustering clustering;
    /** Mentions never change once stored (only the event they belong to does): parsed ones are kept for later batches. */
    private final Map<String, EventRecord> parsed = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EventRecord> eldest) {
            return size() > 100_000;
        }
    };

    private EventStore(Path file, Connection conn, MergeRules rules) throws SQLException {
        this.file = file;
        this.conn = conn;
        this.reader = conn.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
        this.rules = rules;
        this.clustering = new Clustering(rules);
    }

    /** Opens (creating it when absent) the store in {@code file} for reading and writing. */
    public static EventStore open(Path file) {
        return open(file, MergeRules.standard(), false);
    }

    public static EventStore openReadOnly(Path file) {
        if (!Files.exists(file)) throw new StoreException(file + ": no such event store (create it with 'peristiwa ingest')");
        return open(file, MergeRules.standard(), true);
    }

    public static EventStore open(Path file, MergeRules rules, boolean readOnly) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) throw new StoreException(file + ": the folder " + dir + " does not exist");
        if (Files.isDirectory(file)) throw new StoreException(file + ": is a folder, not an event store file");
        if (!readOnly && !Files.exists(file) && dir != null && !Files.isWritable(dir)) {
            throw new StoreException(file + ": cannot create the event store: the folder " + dir + " is not writable");
        }
        Connection c;
        try {
            Properties p = new Properties();
            if (readOnly) p.setProperty("duckdb.read_only", "true");
            c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open the event store: " + reason(e));
        }
        try {
            if (readOnly) {
                int v = Schema.version(c);
                if (v > Schema.VERSION) throw new StoreException(file + ": written by a newer peristiwa (schema version " + v
                        + ", this one reads up to " + Schema.VERSION + "); upgrade peristiwa to open it");
                if (v < Schema.VERSION) throw new StoreException(file + ": an event store of schema version " + v
                        + "; open it once for writing (peristiwa ingest) to upgrade it");
            } else {
                Schema.migrate(c, file.toString());
                try (Statement s = c.createStatement()) {
                    // a batch writes megabytes of text: checkpoint (rewrite the file from the log) rarely, not after
                    // every few batches; the log alone keeps every committed batch safe
                    s.execute("SET checkpoint_threshold = '512MB'");
                }
            }
            return new EventStore(file, c, rules);
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a connection that failed to set up: nothing more to say
            }
            if (e instanceof StoreException se) throw se;
            throw new StoreException(file + ": not a usable event store: " + (e instanceof SQLException s ? reason(s) : e.getMessage()));
        }
    }

    /** DuckDB's message, first line, without its error-class prefix, in words a user can act on. */
    static String reason(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        if (nl > 0) m = m.substring(0, nl);
        m = m.replaceFirst("^[A-Za-z ]*Error: ", "");
        if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
            return "another process has it open (" + m.replaceFirst(".*(PID \\d+).*", "$1").trim() + "); close it first";
        }
        if (m.contains("not a valid DuckDB database")) return "the file is not a DuckDB database (corrupt, or another kind of file)";
        if (m.contains("Permission denied") || m.contains("Read-only file system")) return "permission denied";
        return m;
    }

    public Path file() {
        return file;
    }

    public MergeRules rules() {
        return rules;
    }

    /** Whether a report with this text is stored already (callers skip extracting it again). */
    public boolean containsHash(String contentHash) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM reports WHERE content_hash = ? LIMIT 1")) {
            ps.setString(1, contentHash);
            try (ResultSet r = ps.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** Stores a batch of reports and re-merges the events they touch, in one transaction. */
    public synchronized IngestResult add(List<Incoming> batch) {
        try {
            conn.setAutoCommit(false);
            try {
                IngestResult r = addInTransaction(batch);
                        conn.commit();
                        return r;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    private IngestResult addInTransaction(List<Incoming> batch) throws SQLException {
        // 1. which reports are new: a text stored already (or twice in this batch) is skipped; a URL given again
        //    with another text replaces the earlier report, whether stored or earlier in this batch
        Set<String> stored = storedHashes(batch);
        Map<String, Incoming> chosen = new LinkedHashMap<>();
        Map<String, String> hashByUrl = new HashMap<>();
        int skipped = 0, replaced = 0;
        for (Incoming in : batch) {
            if (stored.contains(in.contentHash()) || chosen.containsKey(in.contentHash())) {
                skipped++;
                continue;
            }
            if (in.url() != null) {
                String earlier = hashByUrl.put(in.url(), in.contentHash());
                if (earlier != null) {
                    chosen.remove(earlier);
                    replaced++;
                }
            }
            chosen.put(in.contentHash(), in);
        }
        Set<String> touchedComponents = new TreeSet<>();
        Set<String> oldEvents = new TreeSet<>();
        for (String reportId : reportsAt(hashByUrl.keySet())) {
            removeReport(reportId, touchedComponents, oldEvents);
            replaced++;
        }
        List<Mention> fresh = new ArrayList<>();
        Map<String, String> recordJson = new HashMap<>();
        for (Incoming in : chosen.values()) {
            String publisher = publisher(in.report(), in.url());
            List<EventRecord> records = in.report().events();
            for (int i = 0; i < records.size(); i++) {
                Mention m = Mention.of(records.get(i), in.url(), publisher);
                fresh.add(m);
                recordJson.put(m.id(), in.recordJsons().get(i));
            }
        }
        for (Mention m : fresh) {
            // (a rolled-back batch leaves these in the cache: harmless, a mention id names one text's record)
            parsed.put(m.id(), m.record());
        }
        // 2. the stored mentions the new ones may link with (same country, dates within the search window) and
        //    the components they belong to
        Map<String, Mention> all = new TreeMap<>();
        for (Mention m : fresh) all.put(m.id(), m);
        for (StoredMention s : nearby(fresh)) {
            if (all.containsKey(s.mention().id()) || touchedComponents.contains(s.component())) continue;
            for (Mention m : fresh) {
                if (rules.candidates(m, s.mention()) && rules.compare(m, s.mention()).linked()) {
                    touchedComponents.add(s.component());
                    break;
                }
            }
        }
        Map<String, String[]> before = new HashMap<>();
        for (StoredMention s : inComponents(touchedComponents)) {
            all.put(s.mention().id(), s.mention());
            before.put(s.mention().id(), new String[] {s.eventId(), s.component()});
            if (s.eventId() != null) oldEvents.add(s.eventId());
        }
        // 3. re-group them; an event whose mentions are the very ones it had is left as it is
        Map<String, Set<String>> oldMembers = new HashMap<>();
        for (Map.Entry<String, String[]> e : before.entrySet()) {
            if (e.getValue()[0] != null) oldMembers.computeIfAbsent(e.getValue()[0], k -> new HashSet<>()).add(e.getKey());
        }
        List<MergedEvent> events = new ArrayList<>();
        Set<String> unchanged = new HashSet<>();
        Map<String, String[]> assigned = new HashMap<>();
        for (List<Mention> component : clustering.components(all.values())) {
            String componentId = component.get(0).id();
            for (List<Mention> group : clustering.cluster(component).groups()) {
                String id = MergedEvent.idOf(group);
                Set<String> members = new HashSet<>();
                for (Mention m : group) members.add(m.id());
                if (members.equals(oldMembers.get(id))) unchanged.add(id);
                else events.add(MergedEvent.of(group, rules));
                for (Mention m : group) assigned.put(m.id(), new String[] {id, componentId});
            }
        }
        // 4. write: the new rows by appenders, the regrouped old mentions by update
        oldEvents.removeAll(unchanged);
        deleteEvents(oldEvents);
        Appenders app = new Appenders(conn);
        try {
            for (Incoming in : chosen.values()) app.report(in);
            for (Mention m : fresh) app.mention(m, recordJson.get(m.id()), assigned.get(m.id()));
            for (MergedEvent ev : events) app.event(ev);
        } finally {
            app.close();
        }
        try (PreparedStatement up = conn.prepareStatement("UPDATE mentions SET event_id = ?, component = ? WHERE mention_id = ?")) {
            int n = 0;
            for (Map.Entry<String, String[]> e : before.entrySet()) {
                String[] now = assigned.get(e.getKey());
                if (java.util.Arrays.equals(now, e.getValue())) continue;
                up.setString(1, now[0]);
                up.setString(2, now[1]);
                up.setString(3, e.getKey());
                up.addBatch();
                n++;
            }
            if (n > 0) up.executeBatch();
        }
        return new IngestResult(chosen.size(), skipped, replaced, fresh.size(), events.size());
    }

    /** The content hashes of a batch that the store holds already. */
    private Set<String> storedHashes(List<Incoming> batch) throws SQLException {
        return storedHashesAmong(batch.stream().map(Incoming::contentHash).toList());
    }

    /**
     * Which of these content hashes the store holds: one set-based look-up for a whole batch of documents. It reads
     * through a connection of its own, so it does not wait for a batch being written (it sees committed batches).
     */
    public Set<String> storedAmong(Collection<String> hashes) {
        Set<String> out = new HashSet<>();
        if (hashes.isEmpty()) return out;
        synchronized (reader) {
            try (PreparedStatement ps = reader.prepareStatement("SELECT content_hash FROM reports WHERE content_hash IN " + KEYS)) {
                ps.setArray(1, reader.createArrayOf("VARCHAR", hashes.toArray()));
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) out.add(r.getString(1));
                }
            } catch (SQLException e) {
                throw failure("read", e);
            }
        }
        return out;
    }

    private Set<String> storedHashesAmong(Collection<String> hashes) throws SQLException {
        Set<String> out = new HashSet<>();
        if (hashes.isEmpty()) return out;
        try (PreparedStatement ps = withKeys("SELECT content_hash FROM reports WHERE content_hash IN " + KEYS, hashes);
             ResultSet r = ps.executeQuery()) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    /** A set of keys bound as one list parameter: {@code x IN (SELECT unnest(?))} is one statement, whatever the size. */
    private static final String KEYS = "(SELECT unnest(CAST(? AS VARCHAR[])))";

    private PreparedStatement withKeys(String sql, Collection<String> keys) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(sql);
        ps.setArray(1, conn.createArrayOf("VARCHAR", keys.toArray()));
        return ps;
    }

    /** The outlet that published a report: its page's own name for itself, else its URL's host. */
    static String publisher(Report r, String url) {
        return r.metadata().outlet != null ? r.metadata().outlet.value() : publisherOfUrl(url);
    }

    /** The stored reports published at any of these URLs. */
    private List<String> reportsAt(Collection<String> urls) throws SQLException {
        List<String> out = new ArrayList<>();
        if (urls.isEmpty()) return out;
        try (PreparedStatement ps = withKeys("SELECT report_id FROM reports WHERE url IN " + KEYS + " ORDER BY report_id", urls);
             ResultSet r = ps.executeQuery()) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    private void removeReport(String reportId, Set<String> components, Set<String> events) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT component, event_id FROM mentions WHERE report_id = ?")) {
            ps.setString(1, reportId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    if (r.getString(1) != null) components.add(r.getString(1));
                    if (r.getString(2) != null) events.add(r.getString(2));
                }
            }
        }
        for (String sql : List.of("DELETE FROM sources WHERE mention_id IN (SELECT mention_id FROM mentions WHERE report_id = ?)",
                "DELETE FROM claims WHERE mention_id IN (SELECT mention_id FROM mentions WHERE report_id = ?)",
                "DELETE FROM mentions WHERE report_id = ?", "DELETE FROM reports WHERE report_id = ?")) {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                ps.setString(1, reportId);
                ps.executeUpdate();
            }
        }
    }

    private void deleteEvents(Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) return;
        try (PreparedStatement ps = withKeys("DELETE FROM events WHERE event_id IN " + KEYS, ids)) {
            ps.executeUpdate();
        }
    }

    /** A stored mention with the component and event it belongs to. */
    public record StoredMention(Mention mention, String component, String eventId) {}

    /** The light columns of a stored mention; its record is read separately, and only when not parsed already. */
    private static final String MENTION_COLUMNS = "SELECT m.mention_id, m.component, m.event_id, m.country, m.event_date, m.url,"
            + " m.publisher FROM mentions m ";

    /**
     * Stored mentions dated within the search window of a new mention in the same country: the windows (each new
     * date widened by the window, overlapping ones joined) go into a temporary table, and one join finds them.
     */
    private List<StoredMention> nearby(List<Mention> fresh) throws SQLException {
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

    private List<StoredMention> inComponents(Collection<String> components) throws SQLException {
        if (components.isEmpty()) return new ArrayList<>();
        try (PreparedStatement ps = withKeys(MENTION_COLUMNS + "WHERE m.component IN " + KEYS, components)) {
            return withRecords(rows(ps));
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
            try (PreparedStatement ps = withKeys("SELECT mention_id, record_json FROM mentions WHERE mention_id IN " + KEYS, missing);
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) parsed.put(r.getString(1), parse(r.getString(2), EventRecord.class));
            }
        }
        List<StoredMention> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            EventRecord rec = parsed.get(r.id());
            out.add(new StoredMention(new Mention(r.id(), rec.reportId, r.url(), r.publisher(), rec), r.component(), r.eventId()));
        }
        return out;
    }

    private static String publisherOfUrl(String url) {
        if (url == null) return null;
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- reading ----

    /** The events a query selects, newest first, as merged records. */
    public List<MergedEvent> events(EventQuery q) {
        List<MergedEvent> out = new ArrayList<>();
        forEachEventJson(q, json -> out.add(parse(json, MergedEvent.class)));
        return out;
    }

    /** Hands each selected event's JSON to {@code each}, in the query's order (for exports of any size). */
    public void forEachEventJson(EventQuery q, java.util.function.Consumer<String> each) {
        EventQuery.Sql sql = q.sql("event_json");
        try (PreparedStatement ps = conn.prepareStatement(sql.text())) {
            sql.bind(ps);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) each.accept(r.getString(1));
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    public long count(EventQuery q) {
        EventQuery.Sql sql = q.withoutPaging().sql("count(*)");
        try (PreparedStatement ps = conn.prepareStatement(sql.text())) {
            sql.bind(ps);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    public Optional<MergedEvent> event(String id) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT event_json FROM events WHERE event_id = ?")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? Optional.of(parse(r.getString(1), MergedEvent.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private List<Map<String, Object>> recordsOf(String reportId) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT record_json, event_id FROM mentions WHERE report_id = ? ORDER BY mention_id")) {
            ps.setString(1, reportId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = new LinkedHashMap<>(parse(r.getString(1), Map.class));
                    m.put("merged_event_id", r.getString(2));
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** The mentions merged into an event, by id. */
    public List<Mention> mentionsOf(String eventId) {
        try (PreparedStatement ps = conn.prepareStatement(MENTION_COLUMNS + "WHERE m.event_id = ? ORDER BY m.mention_id")) {
            ps.setString(1, eventId);
            return withRecords(rows(ps)).stream().map(StoredMention::mention).toList();
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** A stored report as JSON (its metadata, flags, events and dismissed mentions) and its text. */
    public Optional<Map<String, Object>> report(String reportId) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT report_json, text, url FROM reports WHERE report_id = ?")) {
            ps.setString(1, reportId);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) return Optional.empty();
                @SuppressWarnings("unchecked")
                Map<String, Object> m = new LinkedHashMap<>(parse(r.getString(1), Map.class));
                if (r.getString(3) != null) m.put("url", r.getString(3));
                m.put("text", r.getString(2));
                m.put("events", recordsOf(reportId));
                return Optional.of(m);
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * Why an event's mentions are one event, and the mentions kept apart that came close: the event's component
     * re-grouped as the store grouped it, with every comparison that involves one of the event's mentions.
     */
    public Optional<Explanation> explain(String eventId) {
        List<Mention> own = mentionsOf(eventId);
        if (own.isEmpty()) return Optional.empty();
        try {
            Set<String> comps = new TreeSet<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT DISTINCT component FROM mentions WHERE event_id = ?")) {
                ps.setString(1, eventId);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) comps.add(r.getString(1));
                }
            }
            Map<String, Mention> around = new TreeMap<>();
            for (StoredMention s : nearby(own)) around.put(s.mention().id(), s.mention());
            for (StoredMention s : inComponents(comps)) around.put(s.mention().id(), s.mention());
            return Optional.of(Explanation.of(eventId, own, around.values(), clustering));
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** Row counts of each table, for summaries and tests. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = conn.createStatement()) {
            for (String t : List.of("reports", "mentions", "events", "sources", "claims")) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + t)) {
                    r.next();
                    out.put(t, r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return out;
    }

    /** Every event id with its mention ids, sorted: two stores hold the same events when these are equal. */
    public Map<String, List<String>> eventMembership() {
        Map<String, List<String>> out = new TreeMap<>();
        try (Statement s = conn.createStatement();
             ResultSet r = s.executeQuery("SELECT event_id, mention_id FROM mentions ORDER BY event_id, mention_id")) {
            while (r.next()) out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return out;
    }

    /** The connection, for exports that DuckDB writes itself (Parquet). Package-private: not an API. */
    Connection connection() {
        return conn;
    }

    StoreException failure(String what, SQLException e) {
        return new StoreException(file + ": cannot " + what + " the event store: " + reason(e), e);
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + o.getClass().getSimpleName(), e);
        }
    }

    static <T> T parse(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored " + type.getSimpleName() + " cannot be read back: " + e.getOriginalMessage());
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            conn.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }
}
