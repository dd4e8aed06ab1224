package org.peristiwa.merge;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.peristiwa.attribution.Source;
import org.peristiwa.event.Modality;
import org.peristiwa.record.Claim;
import org.peristiwa.record.EventRecord;

/**
 * Several reports' mentions of one event combined into one record. Each field comes from one mention, named in
 * {@code chosen_from}, whose evidence it keeps: the sub-type most reports give; the most precise date and place;
 * the actors the most specific report names. The death toll follows ACLED's conservative rule: the lowest figure
 * any independent report gives; a perpetrator's claim is kept among the figures but never sets it unless no
 * independent report gives one. Every source of every report is listed with its kind.
 */
@JsonPropertyOrder({"event_id", "num_reports", "num_sources", "mention_ids", "record", "fatalities_basis",
        "fatalities_min", "fatalities_max", "fatality_figures", "chosen_from"})
public record MergedEvent(@JsonProperty("event_id") String id,
                          @JsonProperty("num_reports") int numReports,
                          @JsonProperty("num_sources") int numSources,
                          @JsonProperty("mention_ids") List<String> mentionIds,
                          EventRecord record,
                          @JsonProperty("fatalities_basis") String fatalitiesBasis,
                          @JsonProperty("fatalities_min") Integer fatalitiesMin,
                          @JsonProperty("fatalities_max") Integer fatalitiesMax,
                          @JsonProperty("fatality_figures") List<FatalityFigure> fatalityFigures,
                          @JsonProperty("chosen_from") Map<String, String> chosenFrom) {

    /** The id of the event a group of mentions makes: derived from its smallest mention id, whatever the order. */
    public static String idOf(List<Mention> group) {
        String first = group.stream().map(Mention::id).min(Comparator.naturalOrder()).orElseThrow();
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(first.getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static MergedEvent of(List<Mention> input, MergeRules rules) {
        List<Mention> group = new ArrayList<>(input);
        group.sort(Comparator.comparing(Mention::id));
        String id = idOf(group);
        EventRecord r = new EventRecord();
        r.eventId = id;
        Map<String, String> chosen = new LinkedHashMap<>();

        // sub-type: the one most mentions give, then the more confident, then the name
        Map<String, double[]> votes = new TreeMap<>();
        for (Mention m : group) {
            if (m.subEventType() == null) continue;
            double[] v = votes.computeIfAbsent(m.subEventType(), k -> new double[2]);
            v[0]++;
            v[1] += m.record().confidence == null ? 0 : m.record().confidence;
        }
        String subType = votes.entrySet().stream()
                .max(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[0])
                        .thenComparingDouble(e -> e.getValue()[1]).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
        Mention typeFrom = group.stream().filter(m -> Objects.equals(m.subEventType(), subType)).findFirst().orElse(group.get(0));
        r.eventType = typeFrom.eventType();
        r.subEventType = typeFrom.subEventType();
        r.plover = typeFrom.record().plover;
        copy(typeFrom, r, chosen, "sub_event_type", "event_type");

        // date: the most precise, then the one most mentions give, then the earliest
        Mention dateFrom = best(group, m -> m.record().eventDate == null ? 9 : m.record().timePrecision == null ? 1 : m.record().timePrecision,
                m -> m.record().eventDate);
        r.eventDate = dateFrom.record().eventDate;
        r.timePrecision = dateFrom.record().timePrecision;
        copy(dateFrom, r, chosen, "event_date", "time_precision");
        for (Mention m : group) {
            String s = m.record().dateStart != null ? m.record().dateStart : m.record().eventDate;
            String e = m.record().dateEnd != null ? m.record().dateEnd : m.record().eventDate;
            if (s != null && (r.dateStart == null || s.compareTo(r.dateStart) < 0)) r.dateStart = s;
            if (e != null && (r.dateEnd == null || e.compareTo(r.dateEnd) > 0)) r.dateEnd = e;
        }
        if (Objects.equals(r.dateStart, r.dateEnd)) r.dateStart = r.dateEnd = null;

        // place: the most precise, then the one most mentions name
        Mention placeFrom = best(group, m -> m.country() == null ? 9 : m.geoPrecision(), Mention::location);
        EventRecord p = placeFrom.record();
        r.country = p.country;
        r.admin1 = p.admin1;
        r.admin2 = p.admin2;
        r.location = p.location;
        r.latitude = p.latitude;
        r.longitude = p.longitude;
        r.geoPrecision = p.geoPrecision;
        r.geonamesId = p.geonamesId;
        copy(placeFrom, r, chosen, "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision");

        // actors: the mention naming the most particular actors, then the one most mentions agree with
        Mention actorsFrom = best(group, m -> 2 - rules.named(m).size(), m -> m.record().actor1);
        EventRecord a = actorsFrom.record();
        r.actor1 = a.actor1;
        r.assocActor1 = a.assocActor1;
        r.inter1 = a.inter1;
        r.actor2 = a.actor2;
        r.assocActor2 = a.assocActor2;
        r.inter2 = a.inter2;
        r.interaction = a.interaction;
        copy(actorsFrom, r, chosen, "actor1", "assoc_actor_1", "actor2", "assoc_actor_2");

        // fatalities: ACLED's conservative rule over the independent figures
        List<FatalityFigure> figures = new ArrayList<>();
        for (Mention m : group) {
            if (!m.givesFatalities()) continue;
            Source s = m.sources().isEmpty() ? null : m.sources().get(0);
            figures.add(new FatalityFigure(m.record().fatalities, m.id(), s == null ? null : s.name(),
                    s == null ? null : s.kind(), m.fatalitiesClaimedByPerpetrator()));
        }
        FatalityFigure low = figures.stream().filter(f -> !f.claim()).min(Comparator.comparingInt(FatalityFigure::value)
                .thenComparing(FatalityFigure::mentionId)).orElse(null);
        String basis = "none";
        if (low == null) {
            low = figures.stream().min(Comparator.comparingInt(FatalityFigure::value).thenComparing(FatalityFigure::mentionId)).orElse(null);
            if (low != null) basis = "claim";
        } else {
            basis = "independent";
        }
        r.fatalities = low == null ? 0 : low.value();
        if (low != null) {
            String from = low.mentionId();
            group.stream().filter(m -> m.id().equals(from)).findFirst().ifPresent(m -> copy(m, r, chosen, "fatalities"));
        }
        Integer min = figures.stream().map(FatalityFigure::value).min(Integer::compare).orElse(null);
        Integer max = figures.stream().map(FatalityFigure::value).max(Integer::compare).orElse(null);

        // sources, claims, targets: all of them, once each
        Map<String, Source> sources = new TreeMap<>();
        Map<String, Claim> claims = new TreeMap<>();
        java.util.TreeSet<String> targets = new java.util.TreeSet<>();
        java.util.Set<String> reports = new java.util.TreeSet<>();
        for (Mention m : group) {
            reports.add(m.reportId());
            for (Source s : m.sources()) sources.putIfAbsent(s.name().toLowerCase(java.util.Locale.ROOT) + "\t" + s.kind(), s);
            for (Claim c : m.record().claims) claims.putIfAbsent(c.field() + "\t" + c.value() + "\t" + c.source() + "\t" + c.claim(), c);
            targets.addAll(m.record().targets);
        }
        r.sources = new ArrayList<>(sources.values());
        r.claims = new ArrayList<>(claims.values());
        r.targets = new ArrayList<>(targets);
        java.util.Set<String> sourceNames = new java.util.TreeSet<>();
        for (Source s : r.sources) sourceNames.add(s.name().toLowerCase(java.util.Locale.ROOT));
        r.modality = group.stream().allMatch(m -> m.modality() == Modality.CLAIMED) ? Modality.CLAIMED
                : group.stream().anyMatch(m -> m.modality() == Modality.ASSERTED) ? Modality.ASSERTED : group.get(0).modality();
        r.confidence = group.stream().map(m -> m.record().confidence).filter(Objects::nonNull).max(Double::compare).orElse(null);
        return new MergedEvent(id, reports.size(), Math.max(1, sourceNames.size()), group.stream().map(Mention::id).toList(),
                r, basis, min, max, figures, chosen);
    }

    /** The mention with the lowest rank, then whose key most mentions share, then the smallest id. */
    private static Mention best(List<Mention> group, Function<Mention, Integer> rank, Function<Mention, String> key) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Mention m : group) counts.merge(String.valueOf(key.apply(m)), 1, Integer::sum);
        return group.stream().min(Comparator.comparing(rank)
                .thenComparing(m -> -counts.get(String.valueOf(key.apply(m))))
                .thenComparing(m -> String.valueOf(key.apply(m)))
                .thenComparing(Mention::id)).orElseThrow();
    }

    private static void copy(Mention from, EventRecord to, Map<String, String> chosen, String... fields) {
        for (String f : fields) {
            chosen.put(f, from.id());
            var ev = from.record().evidence.get(f);
            if (ev != null) ev.forEach(e -> to.addEvidence(f, e));
        }
    }
}
