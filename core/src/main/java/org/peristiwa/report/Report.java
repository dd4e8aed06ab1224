package org.peristiwa.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.peristiwa.attribution.Attribution;
import org.peristiwa.event.EventMention;
import org.peristiwa.mention.ActorMention;
import org.peristiwa.mention.PlaceMention;
import org.peristiwa.number.NumberMention;
import org.peristiwa.record.Dismissed;
import org.peristiwa.record.EventRecord;
import org.peristiwa.time.DateMention;
import org.peristiwa.time.DurationMention;

/**
 * One news report and the layers of annotation the pipeline adds to it, like a spaCy {@code Doc}.
 * Every layer is a list of spans over {@link #text()}; each pipeline component fills one layer and reads the
 * layers before it. Layers are typed fields, not a map of untyped annotations.
 */
public final class Report {

    private final String id;
    private final String origin;
    private final String text;
    private final ReportMetadata metadata = new ReportMetadata();
    private final List<Flag> flags = new ArrayList<>();

    private String language = "und";
    private Evidence languageEvidence;
    /** Publication date used to resolve relative dates; from the page, else given by the caller (e.g. eval). */
    private LocalDate anchorDate;
    private ZoneOffset anchorZone;
    private List<Span> zoneSpans = List.of();
    private List<Zone> zoneKinds = List.of();
    private List<Sentence> sentences = List.of();
    private List<Token> tokens = List.of();
    private List<Token> stems = List.of();
    private List<org.peristiwa.ner.EntityMention> entities = List.of();
    private List<DateMention> dates = List.of();
    private List<DurationMention> durations = List.of();
    private List<NumberMention> numbers = List.of();
    private List<ActorMention> actors = List.of();
    private List<PlaceMention> places = List.of();
    private List<Attribution> attributions = List.of();
    private List<EventMention> eventMentions = List.of();
    private List<EventRecord> events = List.of();
    private List<Dismissed> dismissed = List.of();
    private Relevance relevance;

    public Report(String id, String origin, String text) {
        this.id = Objects.requireNonNull(id);
        this.origin = origin;
        this.text = Objects.requireNonNull(text);
    }

    public String id() { return id; }
    public String origin() { return origin; }
    public String text() { return text; }
    public ReportMetadata metadata() { return metadata; }
    public List<Flag> flags() { return flags; }

    public void addFlag(Flag flag) {
        if (flags.stream().noneMatch(f -> f.flag().equals(flag.flag()))) {
            flags.add(flag);
        }
    }

    public boolean hasFlag(String name) {
        return flags.stream().anyMatch(f -> f.flag().equals(name));
    }

    public String language() { return language; }
    public Evidence languageEvidence() { return languageEvidence; }
    public void setLanguage(String language, Evidence evidence) {
        this.language = language;
        this.languageEvidence = evidence;
    }

    public LocalDate anchorDate() { return anchorDate; }
    public ZoneOffset anchorZone() { return anchorZone; }
    public void setAnchor(LocalDate date, ZoneOffset zone) {
        this.anchorDate = date;
        this.anchorZone = zone;
    }

    /** The page's parts, in text order: {@code zoneSpans().get(i)} is of kind {@code zoneKinds().get(i)}. */
    public List<Span> zoneSpans() { return zoneSpans; }
    public List<Zone> zoneKinds() { return zoneKinds; }
    public void setZones(List<Span> spans, List<Zone> kinds) {
        if (spans.size() != kinds.size()) throw new IllegalArgumentException("zones and kinds differ in size");
        this.zoneSpans = List.copyOf(spans);
        this.zoneKinds = List.copyOf(kinds);
    }

    public Zone zoneAt(int offset) {
        for (int i = 0; i < zoneSpans.size(); i++) {
            if (zoneSpans.get(i).contains(offset)) return zoneKinds.get(i);
        }
        return Zone.BODY;
    }

    public List<Sentence> sentences() { return sentences; }
    public List<Token> tokens() { return tokens; }
    public void setSentencesAndTokens(List<Sentence> sentences, List<Token> tokens) {
        this.sentences = List.copyOf(sentences);
        this.tokens = List.copyOf(tokens);
    }

    /**
     * The tokens as root words ({@code lower()} is the root), parallel to {@link #tokens()}; empty for languages
     * that are not stemmed.
     */
    public List<Token> stems() { return stems; }
    public void setStems(List<Token> stems) { this.stems = List.copyOf(stems); }

    public Sentence sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return s;
        }
        return null;
    }

    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    /** Persons, organisations and places the entity recogniser found (Indonesian and Malay reports). */
    public List<org.peristiwa.ner.EntityMention> entities() { return entities; }
    public void setEntities(List<org.peristiwa.ner.EntityMention> entities) { this.entities = List.copyOf(entities); }
    public List<DateMention> dates() { return dates; }
    public void setDates(List<DateMention> dates) { this.dates = List.copyOf(dates); }
    public List<DurationMention> durations() { return durations; }
    public void setDurations(List<DurationMention> durations) { this.durations = List.copyOf(durations); }
    public List<NumberMention> numbers() { return numbers; }
    public void setNumbers(List<NumberMention> numbers) { this.numbers = List.copyOf(numbers); }
    public List<ActorMention> actors() { return actors; }
    public void setActors(List<ActorMention> actors) { this.actors = List.copyOf(actors); }
    public List<PlaceMention> places() { return places; }
    public void setPlaces(List<PlaceMention> places) { this.places = List.copyOf(places); }
    public List<Attribution> attributions() { return attributions; }
    public void setAttributions(List<Attribution> attributions) { this.attributions = List.copyOf(attributions); }
    public List<EventMention> eventMentions() { return eventMentions; }
    public void setEventMentions(List<EventMention> mentions) { this.eventMentions = List.copyOf(mentions); }
    public List<EventRecord> events() { return events; }
    public void setEvents(List<EventRecord> events) { this.events = List.copyOf(events); }
    /** Whether the report tells of conflict at all (set by the relevance gate; null before it or without it). */
    public Relevance relevance() { return relevance; }
    public void setRelevance(Relevance relevance) { this.relevance = relevance; }
    public List<Dismissed> dismissed() { return dismissed; }
    public void setDismissed(List<Dismissed> dismissed) { this.dismissed = List.copyOf(dismissed); }

    public Evidence evidence(Span span, String rule) {
        return Evidence.of(text, span, rule);
    }

    public Evidence evidence(int start, int end, String rule) {
        return Evidence.of(text, start, end, rule);
    }
}
