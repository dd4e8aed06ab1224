package org.peristiwa.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.peristiwa.merge.Clustering;
import org.peristiwa.merge.MergeRules;
import org.peristiwa.merge.MergedEvent;
import org.peristiwa.merge.Mention;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Report;

/**
 * Writes one batch inside the store's transaction: decides which reports are new (and which replace a report at the
 * same URL), finds the stored mentions the new ones may link with, re-groups the components they touch, and writes
 * the new rows and the changed events.
 */
final class BatchWriter {

    private final Connection conn;
    private final MergeRules rules;
    private final Clustering clustering;
    private final StoredMentions stored;

    BatchWriter(Connection conn, MergeRules rules, StoredMentions stored) {
        this.conn = conn;
        this.rules = rules;
        this.clustering = new Clustering(rules);
        this.stored = stored;
    }

    IngestResult write(List<Incoming> batch) throws SQLException {
        // 1. which reports are new: a text stored already (or twice in this batch) is skipped; a URL given again
        //    with another text replaces the earlier report, whether stored or earlier in this batch
        Set<String> already = storedHashes(batch);
        Map<String, Incoming> chosen = new LinkedHashMap<>();
        Map<String, String> hashByUrl = new HashMap<>();
        int skipped = 0, replaced = 0;
        for (Incoming in : batch) {
            if (already.contains(in.contentHash()) || chosen.containsKey(in.contentHash())) {
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
            stored.remember(m);
        }
        // 2. the stored mentions the new ones may link with (same country, dates within the search window) and
        //    the components they belong to
        Map<String, Mention> all = new TreeMap<>();
        for (Mention m : fresh) all.put(m.id(), m);
        for (StoredMention s : stored.nearby(fresh)) {
            if (all.containsKey(s.mention().id()) || touchedComponents.contains(s.component())) continue;
            for (Mention m : fresh) {
                if (rules.candidates(m, s.mention()) && rules.compare(m, s.mention()).linked()) {
                    touchedComponents.add(s.component());
                    break;
                }
            }
        }
        Map<String, String[]> before = new HashMap<>();
        for (StoredMention s : stored.inComponents(touchedComponents)) {
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

    private Set<String> storedHashesAmong(Collection<String> hashes) throws SQLException {
        Set<String> out = new HashSet<>();
        if (hashes.isEmpty()) return out;
        try (PreparedStatement ps = Keys.bind(conn, "SELECT content_hash FROM reports WHERE content_hash IN " + Keys.IN, hashes);
             ResultSet r = ps.executeQuery()) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    /** The outlet that published a report: its page's own name for itself, else its URL's host. */
    static String publisher(Report r, String url) {
        return Mention.publisherOf(r.metadata().outlet == null ? null : r.metadata().outlet.value(), url);
    }

    /** The stored reports published at any of these URLs. */
    private List<String> reportsAt(Collection<String> urls) throws SQLException {
        List<String> out = new ArrayList<>();
        if (urls.isEmpty()) return out;
        try (PreparedStatement ps = Keys.bind(conn, "SELECT report_id FROM reports WHERE url IN " + Keys.IN + " ORDER BY report_id", urls);
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
        try (PreparedStatement ps = Keys.bind(conn, "DELETE FROM events WHERE event_id IN " + Keys.IN, ids)) {
            ps.executeUpdate();
        }
    }
}
