package org.peristiwa.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables and their version. A store records its schema version in {@code meta}; opening an older store
 * runs the migrations from its version up, in one transaction; a store from a newer version is refused (an older
 * peristiwa must not rewrite what it does not understand).
 */
final class Schema {

    static final int VERSION = 1;

    /** Migration {@code i} takes a store from version {@code i} to {@code i + 1}; version 0 is an empty file. */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
            // one row per report read: its content hash, where it came from, its text, and its record without its
            // events (metadata, flags, relevance, dismissed mentions; the events are the mentions' records)
            "CREATE TABLE reports (report_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, url VARCHAR, origin VARCHAR,"
                    + " title VARCHAR, published VARCHAR, outlet VARCHAR, language VARCHAR, flags VARCHAR, ingested BIGINT,"
                    + " text VARCHAR, report_json VARCHAR)",
            // one row per report and event: the event record that report gave, and the event it is merged into
            "CREATE TABLE mentions (mention_id VARCHAR PRIMARY KEY, report_id VARCHAR NOT NULL, event_id VARCHAR,"
                    + " component VARCHAR, event_date DATE, country VARCHAR, event_type VARCHAR, sub_event_type VARCHAR,"
                    + " modality VARCHAR, fatalities INTEGER, url VARCHAR, publisher VARCHAR, record_json VARCHAR)",
            // one row per merged event: the ACLED columns for filtering, and the whole merged record as JSON
            "CREATE TABLE events (event_id VARCHAR NOT NULL, event_date DATE, time_precision INTEGER, event_type VARCHAR,"
                    + " sub_event_type VARCHAR, modality VARCHAR, actor1 VARCHAR, actor2 VARCHAR, country VARCHAR,"
                    + " admin1 VARCHAR, admin2 VARCHAR, location VARCHAR, latitude DOUBLE, longitude DOUBLE,"
                    + " geo_precision INTEGER, fatalities INTEGER, fatalities_min INTEGER, fatalities_max INTEGER,"
                    + " num_reports INTEGER, num_sources INTEGER, source_kinds VARCHAR, event_json VARCHAR)",
            // who each mention's facts come from, and the figures groups claimed
            "CREATE TABLE sources (mention_id VARCHAR NOT NULL, name VARCHAR, source_kind VARCHAR, affiliation VARCHAR, via VARCHAR)",
            "CREATE TABLE claims (mention_id VARCHAR NOT NULL, field VARCHAR, value BIGINT, claim VARCHAR, source VARCHAR,"
                    + " source_kind VARCHAR)",
            // the one look-up made per document read; every other read is a set-based scan, which DuckDB does faster
            // than it maintains an index on each insert
            "CREATE INDEX reports_hash ON reports (content_hash)"));

    private Schema() {}

    /** Brings the store to the current version; returns the version it had. */
    static int migrate(Connection c, String file) throws SQLException {
        int version = version(c);
        if (version > VERSION) {
            throw new StoreException(file + ": written by a newer peristiwa (schema version " + version
                    + ", this one reads up to " + VERSION + "); upgrade peristiwa to open it");
        }
        if (version == VERSION) return version;
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (int v = version; v < VERSION; v++) {
                for (String sql : MIGRATIONS.get(v)) s.execute(sql);
            }
            s.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', '" + VERSION + "')");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return version;
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet t = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'")) {
            t.next();
            if (t.getInt(1) == 0) return 0;
        }
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            return r.next() ? Integer.parseInt(r.getString(1)) : 0;
        }
    }
}
