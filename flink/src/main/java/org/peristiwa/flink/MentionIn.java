package org.peristiwa.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.peristiwa.merge.Mention;
import org.peristiwa.record.EventRecord;
import org.peristiwa.record.ReportJson;

/**
 * One report's account of one event on its way to merging: what {@link Mention} is made of (the event record as the
 * JSON the store keeps), plus the country and day it is keyed and indexed by. A Flink POJO, also the merge state's
 * value for a mention.
 */
public class MentionIn {

    /** {@code day} of a mention without a date. */
    public static final long NO_DAY = Long.MIN_VALUE;

    private static final ObjectMapper READ = ReportJson.mapper().copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public String id;
    public String reportId;
    public String url;
    public String publisher;
    public String country;
    public long day = NO_DAY;
    public String recordJson;

    public MentionIn() {}

    public static MentionIn of(EventRecord record, String url, String publisher) {
        Mention m = Mention.of(record, url, publisher);
        MentionIn out = new MentionIn();
        out.id = m.id();
        out.reportId = m.reportId();
        out.url = url;
        out.publisher = publisher;
        out.country = m.country();
        out.day = m.date() == null ? NO_DAY : m.date().toEpochDay();
        try {
            out.recordJson = ReportJson.mapper().writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event record " + m.id(), e);
        }
        return out;
    }

    /**
     * Whether merging may link this mention to any other: it has a country and a date. Merging compares only such
     * mentions ({@code Clustering} leaves the others alone), so the others are events of their own.
     */
    public boolean linkable() {
        return country != null && day != NO_DAY;
    }

    /** The key the merge state is partitioned by: the country (mentions of two countries never merge). */
    public String key() {
        return linkable() ? "c:" + country : "m:" + id;
    }

    public Mention toMention() {
        try {
            return new Mention(id, reportId, url, publisher, READ.readValue(recordJson, EventRecord.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read back event record " + id + ": " + e.getOriginalMessage(), e);
        }
    }
}
