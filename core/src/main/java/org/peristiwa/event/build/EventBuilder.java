package org.peristiwa.event.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peristiwa.attribution.Source;
import org.peristiwa.event.EventMention;
import org.peristiwa.event.Modality;
import org.peristiwa.event.Taxonomy;
import org.peristiwa.event.TriggerAnnotator;
import org.peristiwa.event.model.LinearModel;
import org.peristiwa.geo.Gazetteer;
import org.peristiwa.geo.Location;
import org.peristiwa.geo.LocationResolver;
import org.peristiwa.kb.ActorCodebook;
import org.peristiwa.record.Claim;
import org.peristiwa.record.Dismissed;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Component;
import org.peristiwa.report.Report;
import org.peristiwa.report.Span;
import org.peristiwa.report.Zone;

/**
 * Turns event mentions into event records: groups them ({@link EventClusterer}) and, for each group, reads every
 * field with its evidence. Each decision lives in its own class: the modality here, the date ({@link EventDate}),
 * the place ({@link EventPlace}) and, failing a place, the country ({@link EventCountry}), the sub-type
 * ({@link SubTypeRules}, then {@link SubTypeModel}), the actors ({@link ActorRoles}), a perpetrator's claim
 * ({@link PerpetratorClaim}), fatalities ({@link Fatalities}), targets ({@link Targets}) and sources
 * ({@link Sources}).
 */
public final class EventBuilder implements Component {

    private final Taxonomy taxonomy;
    private final EventClusterer clusterer;
    private final Participants participants = new Participants();
    private final Fatalities fatalities = new Fatalities();
    private final EventDate dates = new EventDate();
    private final EventPlace places;
    private final EventCountry countries;
    private final SubTypeRules rules = new SubTypeRules();
    private final SubTypeModel model;
    private final ActorRoles actors;
    private final PerpetratorClaim perpetratorClaim;
    private final Targets targets = new Targets();
    private final Sources sources;

    public EventBuilder(Taxonomy taxonomy, ActorCodebook codebook, Gazetteer gazetteer) {
        this(taxonomy, codebook, gazetteer, null);
    }

    /**
     * With a statistical sub-type model (trained by {@code peristiwa train}): it reads the rules' decision among its
     * features and overrules it where it is sure enough ({@link SubTypeModel}).
     */
    public EventBuilder(Taxonomy taxonomy, ActorCodebook codebook, Gazetteer gazetteer, LinearModel model) {
        this.taxonomy = taxonomy;
        this.places = new EventPlace(gazetteer);
        this.clusterer = new EventClusterer(new LocationResolver(gazetteer));
        this.countries = new EventCountry(gazetteer);
        this.model = new SubTypeModel(model, taxonomy);
        this.actors = new ActorRoles(codebook);
        this.perpetratorClaim = new PerpetratorClaim(codebook);
        this.sources = new Sources(codebook);
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public void process(Report report) {
        List<EventMention> recorded = new ArrayList<>();
        List<Dismissed> dismissed = new ArrayList<>(report.dismissed());   // with those set aside before (relevance)
        for (EventMention m : report.eventMentions()) {
            if (m.modality().isRecorded()) {
                recorded.add(m);
            } else {
                Span s = report.sentences().get(m.sentence()).span();
                dismissed.add(new Dismissed(m.modality(), m.modality().code() + ": '" + m.modalityCue().of(report.text())
                        + "' before '" + m.span().of(report.text()) + "'", report.evidence(s, m.rule())));
            }
        }
        List<EventRecord> events = new ArrayList<>();
        List<Cluster> clusters = clusterer.cluster(report, recorded);
        for (Cluster c : clusters) {
            Set<Integer> others = new HashSet<>();
            for (Cluster o : clusters) if (o != c) others.addAll(o.sentences);
            for (EventMention m : report.eventMentions()) if (!m.modality().isRecorded()) others.add(m.sentence());
            c.context = c.context(report, others);
        }
        List<EventRecord> built = new ArrayList<>();
        for (Cluster c : clusters) built.add(build(report, c));
        // the main event first: the one the headline and the lede report
        int main = mainEvent(report, clusters, built);
        if (main > 0) built.add(0, built.remove(main));
        for (EventRecord r : built) {
            r.eventId = report.id() + "-" + (events.size() + 1);
            events.add(r);
        }
        report.setEvents(events);
        report.setDismissed(dismissed);
    }

    private EventRecord build(Report report, Cluster c) {
        EventRecord r = new EventRecord();
        r.reportId = report.id();
        String lang = TriggerAnnotator.lexiconLanguage(report.language());
        EventMention head = c.head(report);

        readModality(report, c, head, r);
        LocalDate date = dates.read(report, c, r);
        Location loc = places.place(report, c, head, r);
        String country = r.country;

        Participants.Found found = participants.find(report, c);
        if (country == null) country = countries.find(report, c, found, r);
        SubTypeRules.Decision decision = rules.decide(report, c, found, lang, r);
        String type = model.decide(report, c, found, decision, lang, r);
        r.evidence.put("event_type", r.evidence.get("sub_event_type"));
        // the participants of the act the event is typed as: "clashed with Boko Haram … after they kidnapped a herder"
        EventMention typed = SubTypeRules.strongestOf(report, c, type);
        if (typed != null && typed != head) found = participants.find(report, c, typed);
        Taxonomy.SubType sub = taxonomy.subType(type);
        r.subEventType = sub.subEventType();
        r.eventType = sub.eventType();
        r.plover = switch (r.modality) {
            case THREATENED -> "THREATEN";
            case DENIED -> "REJECT";
            default -> sub.plover();
        };
        actors.assign(report, r, sub, found, country, date, c, lang);

        if (r.modality == Modality.ASSERTED && perpetratorClaim.holds(report, c, found)) {
            r.modality = Modality.CLAIMED;
            r.addEvidence("modality", report.evidence(found.agent().span(), "modality:claimed-by-the-perpetrator"));
        }

        Source publisher = sources.publisher(report);
        readFatalities(report, c, head, publisher, r);
        targets.read(report, c, lang, r);
        sources.read(report, c, publisher, country, r);
        r.confidence = confidence(r, head, loc);
        return r;
    }

    /**
     * The index of the report's main event among the ACLED events: the one the title and the lede (the first body
     * sentences) report — a story's later paragraphs add details and side events. Ties go to the stronger, then the
     * earlier event; -1 when there is no ACLED event.
     */
    private static int mainEvent(Report report, List<Cluster> clusters, List<EventRecord> built) {
        int firstBody = -1;
        for (org.peristiwa.report.Sentence s : report.sentences()) {
            if (s.zone() == Zone.BODY) {
                firstBody = s.index();
                break;
            }
        }
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < clusters.size(); i++) {
            if (!built.get(i).isAcledEvent()) continue;
            double score = 0;
            for (EventMention m : clusters.get(i).mentions) {
                org.peristiwa.report.Sentence s = report.sentences().get(m.sentence());
                if (s.zone() == Zone.TITLE) score += 3 + m.weight() * 0.1;
                else if (firstBody >= 0 && s.index() - firstBody < 2) score += 2 + m.weight() * 0.1;
                else score += m.weight() * 0.05;
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** The cluster's modality; a title restates, so the body says whether only the perpetrator claims the act. */
    private static void readModality(Report report, Cluster c, EventMention head, EventRecord r) {
        List<EventMention> body = c.mentions.stream()
                .filter(m -> report.sentences().get(m.sentence()).zone() != Zone.TITLE).toList();
        boolean allClaimed = !body.isEmpty() && body.stream().allMatch(m -> m.modality() == Modality.CLAIMED);
        r.modality = c.modality == Modality.ASSERTED && allClaimed ? Modality.CLAIMED : c.modality;
        EventMention modal = c.mentions.stream().filter(m -> m.modalityCue() != null).findFirst().orElse(null);
        r.addEvidence("modality", modal != null ? report.evidence(modal.modalityCue(), "modality:" + r.modality.code())
                : report.evidence(head.span(), "modality:asserted-by-default"));
    }

    /** The death toll by ACLED's conservative rule, and every figure the report gives as a claim with its source. */
    private void readFatalities(Report report, Cluster c, EventMention head, Source publisher, EventRecord r) {
        Fatalities.Result fr = fatalities.read(report, c, publisher);
        if (fr.fatalities() == null) {
            r.fatalities = 0;
            r.addEvidence("fatalities", report.evidence(report.sentences().get(head.sentence()).span(),
                    "fatalities:no-death-count-in-event-sentences"));
            return;
        }
        r.fatalities = (int) Math.min(Integer.MAX_VALUE, fr.fatalities());
        r.addEvidence("fatalities", report.evidence(fr.chosen().span(), "fatalities:death-count"
                + (fr.chosen().source() != null ? " (" + fr.chosen().source().name() + ")" : "")));
        for (Fatalities.Figure f : fr.figures()) {
            Source src = f.source();
            r.claims.add(new Claim("fatalities", f.value(), f.span().of(report.text()), src == null ? null : src.name(),
                    src == null ? null : src.kind(), report.evidence(f.span(), "claim:fatalities")));
        }
    }

    private static double confidence(EventRecord r, EventMention head, Location loc) {
        double c = 0.4 + Math.min(0.25, head.weight() * 0.05);
        if (r.timePrecision != null && r.timePrecision == 1) c += 0.1;
        // a place matched by a fuzzy spelling counts for less than one matched by name
        if (loc != null) c += 0.1 * (loc.place() != null ? Math.min(1.0, loc.score()) : 0.5);
        if (r.actor1 != null) c += 0.1;
        return Math.round(Math.min(0.95, c) * 100) / 100.0;
    }
}
