package org.peristiwa.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peristiwa.attribution.Source;
import org.peristiwa.event.Modality;
import org.peristiwa.report.Evidence;

/**
 * One event in ACLED's terms, with ACLED's column names, and the evidence for every field: {@code evidence}
 * maps a field name to the spans of the report that support its value and the rule that read them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"event_id", "report_id", "event_date", "time_precision", "date_start", "date_end",
        "event_type", "sub_event_type", "plover", "modality",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
        "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "geonames_id",
        "fatalities", "targets", "sources", "claims", "confidence", "evidence"})
public final class EventRecord {

    @JsonProperty("event_id") public String eventId;
    @JsonProperty("report_id") public String reportId;
    @JsonProperty("event_date") public String eventDate;
    @JsonProperty("time_precision") public Integer timePrecision;
    @JsonProperty("date_start") public String dateStart;
    @JsonProperty("date_end") public String dateEnd;
    @JsonProperty("event_type") public String eventType;
    @JsonProperty("sub_event_type") public String subEventType;
    public String plover;
    public Modality modality;
    public String actor1;
    @JsonProperty("assoc_actor_1") public String assocActor1;
    public Integer inter1;
    public String actor2;
    @JsonProperty("assoc_actor_2") public String assocActor2;
    public Integer inter2;
    public Integer interaction;
    public String country;
    public String admin1;
    public String admin2;
    public String location;
    public Double latitude;
    public Double longitude;
    @JsonProperty("geo_precision") public Integer geoPrecision;
    @JsonProperty("geonames_id") public Long geonamesId;
    public Integer fatalities;
    public List<String> targets = new ArrayList<>();
    public List<Source> sources = new ArrayList<>();
    public List<Claim> claims = new ArrayList<>();
    public Double confidence;
    public Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
    /** What the statistical model read for this event (not output; used to train and explain it). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Map<String, Double> features;

    public void addEvidence(String field, Evidence e) {
        if (e == null) return;
        List<Evidence> list = evidence.computeIfAbsent(field, k -> new ArrayList<>());
        if (!list.contains(e)) list.add(e);
    }

    /** Whether this record belongs in an ACLED-style export (asserted or claimed, with an ACLED type). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isAcledEvent() {
        return modality != null && modality.isAcledEvent() && eventType != null;
    }
}
