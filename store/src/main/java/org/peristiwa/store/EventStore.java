package org.peristiwa.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.peristiwa.merge.Clustering;
import org.peristiwa.merge.MergeRules;
import org.peristiwa.merge.MergedEvent;
import org.peristiwa.merge.Mention;
import org.peristiwa.record.ReportJson;

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
    private final StoredMentions stored;
    private final BatchWriter writer;

    private EventStore(Path file, Connection conn, MergeRules rules) throws SQLException {
        this.file = file;
        this.conn = conn;
        this.reader = conn.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
        this.rules = rules;
        this.clustering = new Clustering(rules);
        this.stored = new StoredMentions(conn, rules);
        this.writer = new BatchWriter(conn, rules, stored);
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

    /** Stores a batch of reports and re-merges the events they touch, in one transaction. */
    public synchronized IngestResult add(List<Incoming> batch) {
        try {
            conn.setAutoCommit(false);
            try {
                IngestResult r = writer.write(batch);
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

    /**
     * Which of these content hashes the store holds: one set-based look-up for a whole batch of documents. It reads
     * through a connection of its own, so it does not wait for a batch being written (it sees committed batches).
     */
    public Set<String> storedAmong(Collection<String> hashes) {
        Set<String> out = new HashSet<>();
        if (hashes.isEmpty()) return out;
        synchronized (reader) {
            try (PreparedStatement ps = reader.prepareStatement("SELECT content_hash FROM reports WHERE content_hash IN " + Keys.IN)) {
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
        try {
            return stored.ofEvent(eventId);
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
            for (StoredMention s : stored.nearby(own)) around.put(s.mention().id(), s.mention());
            for (StoredMention s : stored.inComponents(comps)) around.put(s.mention().id(), s.mention());
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
