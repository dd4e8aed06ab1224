package org.peristiwa.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.TreeSet;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.peristiwa.attribution.Source;
import org.peristiwa.merge.MergedEvent;
import org.peristiwa.merge.Mention;
import org.peristiwa.record.Claim;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Flag;
import org.peristiwa.report.Report;

/**
 * New rows of one batch, written through DuckDB's appenders (row-at-a-time INSERTs cost more than extraction
 * itself). The appenders write inside the batch's transaction; {@link #close()} flushes them.
 */
final class Appenders implements AutoCloseable {

    private final DuckDBAppender reports, mentions, sources, claims, events;

    Appenders(Connection c) throws SQLException {
        DuckDBConnection d = c.unwrap(DuckDBConnection.class);
        reports = d.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "reports");
        mentions = d.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "mentions");
        sources = d.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sources");
        claims = d.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "claims");
        events = d.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events");
    }

    void report(Incoming in) throws SQLException {
        Report r = in.report();
        reports.beginRow();
        str(reports, r.id());
        str(reports, in.contentHash());
        str(reports, in.url());
        str(reports, r.origin());
        str(reports, r.metadata().title == null ? null : r.metadata().title.value());
        str(reports, r.metadata().published == null ? null : r.metadata().published.value());
        str(reports, r.metadata().outlet == null ? null : r.metadata().outlet.value());
        str(reports, r.language());
        str(reports, String.join("|", r.flags().stream().map(Flag::flag).toList()));
        reports.append(System.currentTimeMillis());
        str(reports, r.text());
        str(reports, in.reportJson());
        reports.endRow();
    }

    /** A new mention with the event and component it was grouped into ({@code assigned}: event id, component id). */
    void mention(Mention m, String recordJson, String[] assigned) throws SQLException {
        EventRecord e = m.record();
        mentions.beginRow();
        str(mentions, m.id());
        str(mentions, m.reportId());
        str(mentions, assigned[0]);
        str(mentions, assigned[1]);
        if (m.date() == null) mentions.appendNull();
        else mentions.append(m.date());
        str(mentions, e.country);
        str(mentions, e.eventType);
        str(mentions, e.subEventType);
        str(mentions, e.modality == null ? null : e.modality.code());
        num(mentions, e.fatalities);
        str(mentions, m.url());
        str(mentions, m.publisher());
        str(mentions, recordJson);
        mentions.endRow();
        for (Source s : m.sources()) {
            sources.beginRow();
            str(sources, m.id());
            str(sources, s.name());
            str(sources, s.kind());
            str(sources, s.affiliation());
            str(sources, s.via());
            sources.endRow();
        }
        for (Claim c : e.claims) {
            claims.beginRow();
            str(claims, m.id());
            str(claims, c.field());
            if (c.value() == null) claims.appendNull();
            else claims.append(c.value().longValue());
            str(claims, c.claim());
            str(claims, c.source());
            str(claims, c.sourceKind());
            claims.endRow();
        }
    }

    void event(MergedEvent ev) throws SQLException {
        EventRecord r = ev.record();
        TreeSet<String> kinds = new TreeSet<>();
        for (Source s : r.sources) if (s.kind() != null) kinds.add(s.kind());
        events.beginRow();
        str(events, ev.id());
        if (r.eventDate == null) events.appendNull();
        else events.append(java.time.LocalDate.parse(r.eventDate.substring(0, 10)));
        num(events, r.timePrecision);
        str(events, r.eventType);
        str(events, r.subEventType);
        str(events, r.modality == null ? null : r.modality.code());
        str(events, r.actor1);
        str(events, r.actor2);
        str(events, r.country);
        str(events, r.admin1);
        str(events, r.admin2);
        str(events, r.location);
        dbl(events, r.latitude);
        dbl(events, r.longitude);
        num(events, r.geoPrecision);
        num(events, r.fatalities);
        num(events, ev.fatalitiesMin());
        num(events, ev.fatalitiesMax());
        events.append(ev.numReports());
        events.append(ev.numSources());
        str(events, "|" + String.join("|", kinds) + "|");
        str(events, EventStore.json(ev));
        events.endRow();
    }

    private static void str(DuckDBAppender a, String v) throws SQLException {
        if (v == null) a.appendNull();
        else a.append(v);
    }

    private static void num(DuckDBAppender a, Integer v) throws SQLException {
        if (v == null) a.appendNull();
        else a.append(v.intValue());
    }

    private static void dbl(DuckDBAppender a, Double v) throws SQLException {
        if (v == null) a.appendNull();
        else a.append(v.doubleValue());
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (DuckDBAppender a : new DuckDBAppender[] {reports, mentions, sources, claims, events}) {
            try {
                a.close();
            } catch (SQLException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw first;
    }
}
