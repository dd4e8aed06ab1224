package org.peristiwa.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.peristiwa.merge.MergedEvent;
import org.peristiwa.record.EventRecord;
import org.peristiwa.record.ReportJson;

/**
 * A change to the merged events: {@code upsert} (the event as it now is: new, or its reports changed) or
 * {@code delete} (an event id that no longer exists, because its reports now belong to events with other ids).
 * {@code version} grows with every change the job makes under one merge key, so the last version of each event id
 * is the event's state, in whatever order the output files are read. A Flink POJO; {@code eventJson} is the merged
 * record as the store keeps it, the other fields are columns for the Parquet output.
 */
public class EventChange {

    public static final String UPSERT = "upsert", DELETE = "delete";

    public String op;
    public String eventId;
    public long version;
    public String key;
    public String[] mentionIds;
    public String eventDate;
    public String eventType;
    public String subEventType;
    public String modality;
    public String country;
    public String admin1;
    public String location;
    public Double latitude;
    public Double longitude;
    public Integer fatalities;
    public int numReports;
    public int numSources;
    public String eventJson;

    public EventChange() {}

    public static EventChange upsert(MergedEvent ev, long version, String key) {
        EventChange c = new EventChange();
        c.op = UPSERT;
        c.eventId = ev.id();
        c.version = version;
        c.key = key;
        c.mentionIds = ev.mentionIds().toArray(new String[0]);
        EventRecord r = ev.record();
        c.eventDate = r.eventDate;
        c.eventType = r.eventType;
        c.subEventType = r.subEventType;
        c.modality = r.modality == null ? null : r.modality.code();
        c.country = r.country;
        c.admin1 = r.admin1;
        c.location = r.location;
        c.latitude = r.latitude;
        c.longitude = r.longitude;
        c.fatalities = r.fatalities;
        c.numReports = ev.numReports();
        c.numSources = ev.numSources();
        try {
            c.eventJson = ReportJson.mapper().writeValueAsString(ev);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise merged event " + ev.id(), e);
        }
        return c;
    }

    public static EventChange delete(String eventId, long version, String key) {
        EventChange c = new EventChange();
        c.op = DELETE;
        c.eventId = eventId;
        c.version = version;
        c.key = key;
        c.mentionIds = new String[0];
        return c;
    }

    public List<String> mentions() {
        return List.of(mentionIds);
    }

    /** The change as one JSON line: op, event_id, version, key, and for an upsert the merged event. */
    public String jsonLine() {
        StringBuilder b = new StringBuilder(eventJson == null ? 128 : eventJson.length() + 128);
        b.append("{\"op\":").append(quote(op)).append(",\"event_id\":").append(quote(eventId))
                .append(",\"version\":").append(version).append(",\"key\":").append(quote(key));
        if (eventJson != null) b.append(",\"event\":").append(eventJson);
        return b.append('}').toString();
    }

    static String quote(String s) {
        try {
            return ReportJson.mapper().writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
