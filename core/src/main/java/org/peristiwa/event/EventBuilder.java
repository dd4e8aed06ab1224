package org.peristiwa.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peristiwa.attribution.Attribution;
import org.peristiwa.attribution.Outlets;
import org.peristiwa.attribution.Source;
import org.peristiwa.geo.Country;
import org.peristiwa.geo.Gazetteer;
import org.peristiwa.geo.Location;
import org.peristiwa.geo.LocationResolver;
import org.peristiwa.geo.Place;
import org.peristiwa.kb.ActorCodebook;
import org.peristiwa.mention.ActorMention;
import org.peristiwa.pipeline.Component;
import org.peristiwa.record.Claim;
import org.peristiwa.record.Dismissed;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Evidence;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Span;
import org.peristiwa.report.Token;
import org.peristiwa.report.Zone;
import org.peristiwa.text.PhraseIndex;
import org.peristiwa.time.DateMention;
import org.peristiwa.time.DurationMention;

/**
 * Turns event mentions into event records: groups them ({@link EventClusterer}), decides the sub-event type
 * from the summed trigger weights and the codebook's distinctions (who took territory; whether the side
 * attacked was armed; whether a protest met intervention), and reads the arguments — date, place, actors,
 * fatalities, targets, sources and claims — each with its evidence.
 */
public final class EventBuilder implements Component {

    private final Taxonomy taxonomy;
    private final ActorCodebook codebook;
    private final Gazetteer gazetteer;
    private final LocationResolver locations;
    private final EventClusterer clusterer = new EventClusterer();
    private final Participants participants = new Participants();
    private final Fatalities fatalities = new Fatalities();
    private final WordClasses classes = WordClasses.standard();
    private final Outlets outlets = Outlets.standard();

    private final org.peristiwa.event.model.LinearModel model;
    private final String modelLanguage;

    public EventBuilder(Taxonomy taxonomy, ActorCodebook codebook, Gazetteer gazetteer) {
        this(taxonomy, codebook, gazetteer, null, null);
    }

    /**
     * With a statistical sub-type model (trained by {@code peristiwa train}) for reports in {@code modelLanguage}:
     * the model reads the rules' decision among its features and makes the final call.
     */
    public EventBuilder(Taxonomy taxonomy, ActorCodebook codebook, Gazetteer gazetteer,
                        org.peristiwa.event.model.LinearModel model, String modelLanguage) {
        this.model = model;
        this.modelLanguage = modelLanguage;
        this.taxonomy = taxonomy;
        this.codebook = codebook;
        this.gazetteer = gazetteer;
        this.locations = new LocationResolver(gazetteer);
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public void process(Report report) {
        List<EventMention> recorded = new ArrayList<>();
        List<Dismissed> dismissed = new ArrayList<>();
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
            java.util.Set<Integer> others = new java.util.HashSet<>();
            for (Cluster o : clusters) if (o != c) others.addAll(o.sentences);
            for (EventMention m : report.eventMentions()) if (!m.modality().isRecorded()) others.add(m.sentence());
            c.context = c.context(report, others);
        }
        for (Cluster c : clusters) {
            EventRecord r = build(report, c);
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

        // modality
        // a title restates; the body says who claims it
        List<EventMention> body = c.mentions.stream()
                .filter(m -> report.sentences().get(m.sentence()).zone() != Zone.TITLE).toList();
        boolean allClaimed = !body.isEmpty() && body.stream().allMatch(m -> m.modality() == Modality.CLAIMED);
        r.modality = c.modality == Modality.ASSERTED && allClaimed ? Modality.CLAIMED : c.modality;
        EventMention modal = c.mentions.stream().filter(m -> m.modalityCue() != null).findFirst().orElse(null);
        r.addEvidence("modality", modal != null ? report.evidence(modal.modalityCue(), "modality:" + r.modality.code())
                : report.evidence(head.span(), "modality:asserted-by-default"));

        // date
        LocalDate date = readDate(report, c, r);

        // place
        Location loc = cityOfTheSameName(report, withinActorsCountry(report, c, townOfDateline(report, c, locations.resolve(report, c.sentences, head.sentence()))));
        String country = null;
        if (loc != null) {
            country = loc.country().name();
            r.country = country;
            r.location = loc.name();
            r.latitude = round(loc.latitude());
            r.longitude = round(loc.longitude());
            // a district known only by name stands at its province's centre: the point has a province's precision
            r.geoPrecision = loc.place() != null && loc.place().isHollow() ? 3 : loc.geoPrecision();
            if (loc.place() != null) {
                r.admin1 = blank(loc.place().admin1());
                r.admin2 = blank(loc.place().admin2());
                if (loc.place().geonamesId() > 0) r.geonamesId = loc.place().geonamesId();
                if (r.admin1 == null && loc.place().isAdmin1()) r.admin1 = loc.place().name();
            }
            for (String f : new String[] {"location", "country", "latitude", "longitude", "geo_precision"}) r.addEvidence(f, loc.evidence());
            if (r.admin1 != null) r.addEvidence("admin1", loc.evidence().withRule("geo:admin1-of-place"));
        } else if (report.metadata().dateline != null && report.metadata().dateline.country() != null) {
            country = report.metadata().dateline.country();
            r.country = country;
            r.addEvidence("country", report.metadata().dateline.evidence().withRule("geo:dateline-country"));
        }

        // actors and type
        Participants.Found found = participants.find(report, c);
        if (country == null) country = countryFromActors(report, found, r);
        if (country == null) country = countryOfNamedActors(report, c, r);
        if (country == null) country = countryCue(report, r);
        if (country == null) country = countryOfAdjective(report, c, r);
        if (country == null) country = countryOfPlaceInAName(report, r);
        String type = decideType(report, c, found, lang, r);
        // the participants of the act the event is typed as: "clashed with Boko Haram … after they kidnapped a herder"
        EventMention typed = strongestOf(report, c, type);
        if (typed != null && typed != c.head(report)) found = participants.find(report, c, typed);
        Taxonomy.SubType sub = taxonomy.subType(type);
        r.subEventType = sub.subEventType();
        r.eventType = sub.eventType();
        r.plover = switch (r.modality) {
            case THREATENED -> "THREATEN";
            case DENIED -> "REJECT";
            default -> sub.plover();
        };
        assignActors(report, r, sub, found, country, date, c, lang);

        if (r.modality == Modality.ASSERTED && claimedByPerpetrator(report, c, found)) {
            r.modality = Modality.CLAIMED;
            r.addEvidence("modality", report.evidence(found.agent().span(), "modality:claimed-by-the-perpetrator"));
        }

        // fatalities and claims
        Source publisher = publisher(report);
        Fatalities.Result fr = fatalities.read(report, c, publisher);
        if (fr.fatalities() != null) {
            r.fatalities = (int) Math.min(Integer.MAX_VALUE, fr.fatalities());
            r.addEvidence("fatalities", report.evidence(fr.chosen().span(), "fatalities:death-count"
                    + (fr.chosen().source() != null ? " (" + fr.chosen().source().name() + ")" : "")));
            for (Fatalities.Figure f : fr.figures()) {
                Source src = f.source();
                r.claims.add(new Claim("fatalities", f.value(), f.span().of(report.text()), src == null ? null : src.name(),
                        src == null ? null : src.kind(), report.evidence(f.span(), "claim:fatalities")));
            }
        } else {
            r.fatalities = 0;
            r.addEvidence("fatalities", report.evidence(report.sentences().get(head.sentence()).span(),
                    "fatalities:no-death-count-in-event-sentences"));
        }

        // targets, sources
        readTargets(report, c, lang, r);
        readSources(report, c, publisher, country, r);
        r.confidence = confidence(r, head, loc);
        return r;
    }

    private LocalDate readDate(Report report, Cluster c, EventRecord r) {
        DateMention d = c.date;
        String rule;
        if (d == null && c.modality == Modality.ASSERTED) {
            // the lead's date: the first date in the body that is not background
            for (DateMention dm : report.dates()) {
                Sentence s = report.sentenceAt(dm.span().start());
                if (s == null || s.zone() != Zone.BODY) continue;
                if (report.anchorDate() != null && dm.date().plusDays(ModalityAnnotator.BACKGROUND_DAYS).isBefore(report.anchorDate())) continue;
                d = dm;
                break;
            }
        }
        if (d != null) {
            rule = d.rule();
            r.eventDate = d.date().toString();
            r.timePrecision = d.precision();
            if (d.precision() == 3) r.eventDate = d.date().withDayOfMonth(1).toString();
            r.addEvidence("event_date", report.evidence(d.span(), rule));
            r.addEvidence("time_precision", report.evidence(d.span(), rule));
        } else if (c.modality != Modality.ASSERTED && (d = precedingDate(report, c)) != null) {
            // "The new commander also threatened…": said on the occasion the previous sentences date
            r.eventDate = d.date().toString();
            r.timePrecision = Math.max(2, d.precision());
            if (d.precision() == 3) r.eventDate = d.date().withDayOfMonth(1).toString();
            r.addEvidence("event_date", report.evidence(d.span(), d.rule() + "; date of the preceding sentences"));
        } else if (report.anchorDate() != null && report.metadata().published != null) {
            r.eventDate = report.anchorDate().toString();
            r.timePrecision = 2;
            r.addEvidence("event_date", report.metadata().published.evidence().withRule("date:publication-date"));
        } else {
            return null;
        }
        LocalDate date = LocalDate.parse(r.eventDate);
        // "after four days of clashes" — the event closes a span that began days before
        for (DurationMention dur : report.durations()) {
            Sentence s = report.sentenceAt(dur.span().start());
            if (s == null || !c.sentences.contains(s.index()) || dur.days() < 2) continue;
            r.dateStart = date.minusDays(dur.days() - 1L).toString();
            r.dateEnd = date.toString();
            r.addEvidence("date_start", report.evidence(dur.span(), dur.rule()));
            break;
        }
        return date;
    }

    /** The strongest mention whose own type leads to {@code subType}, or null when none does. */
    private static EventMention strongestOf(Report report, Cluster c, String subType) {
        EventMention head = c.head(report);
        if (fits(head, subType)) return head;
        EventMention best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (EventMention m : c.mentions) {
            if (!fits(m, subType)) continue;
            double score = m.weight() - (report.sentences().get(m.sentence()).zone() == Zone.TITLE ? 1.5 : 0);
            if (score > bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean fits(EventMention m, String subType) {
        return m.type().equals(subType)
                || m.type().equals("@violence") && (subType.equals("Attack") || subType.equals("Armed clash"))
                || m.type().equals("@territory") && subType.contains("territory")
                || m.type().equals("@protest") && subType.contains("rotest");
    }

    /** The latest date named in the five sentences before the event's first sentence (not the date of a statement). */
    private static DateMention precedingDate(Report report, Cluster c) {
        int first = c.sentences.first();
        DateMention best = null;
        for (DateMention dm : report.dates()) {
            Sentence s = report.sentenceAt(dm.span().start());
            if (s == null || s.index() >= first || s.index() < first - 5 || s.zone() != Zone.BODY) continue;
            if (isStatementDate(report, s, dm)) continue;
            best = dm;
        }
        if (best != null) return best;
        // none nearby: the lead's date, the occasion the report is about
        for (DateMention dm : report.dates()) {
            Sentence s = report.sentenceAt(dm.span().start());
            if (s != null && s.zone() == Zone.BODY && !isStatementDate(report, s, dm)) return dm;
        }
        return null;
    }

    private static final java.util.Set<String> SPEECH_WORDS = java.util.Set.of("said", "says", "told", "kata", "ujar", "tutur",
            "ujarnya", "katanya", "mengatakan", "menyatakan", "menjelaskan", "ungkap", "jelas", "imbuh");

    /** '…," kata Kabid Humas, Selasa (15/6/2021)': the day something was said, closing the sentence, not an act's date. */
    static boolean isStatementDate(Report report, Sentence s, DateMention dm) {
        List<Token> toks = report.tokens();
        int first = -1;
        for (int i = s.firstToken(); i < s.endToken(); i++) if (toks.get(i).start() >= dm.span().start()) { first = i; break; }
        if (first < 0 || s.endToken() - first > 6) return false;
        for (int k = Math.max(s.firstToken(), first - 20); k < first; k++) {
            if (SPEECH_WORDS.contains(toks.get(k).lower())) return true;
        }
        return false;
    }

    private String decideType(Report report, Cluster c, Participants.Found found, String lang, EventRecord r) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        boolean sizeMarker = false;
        boolean anyAsserted = c.mentions.stream().anyMatch(m -> m.modality() == Modality.ASSERTED);
        for (EventMention m : c.mentions) {
            if (anyAsserted && m.modality() == Modality.CLAIMED) continue;   // a perpetrator's claim does not type what others report
            if (m.rule().contains(":size=(")) {
                sizeMarker = true;            // ACLED notes give a crowd size only for protests and riots
                continue;
            }
            scores.merge(m.type(), m.weight(), Integer::sum);
        }
        if (scores.isEmpty()) scores.put("@protest", 1);
        String best = null;
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            if (best == null || e.getValue() > scores.get(best)) best = e.getKey();
        }
        int protest = scores.getOrDefault("@protest", 0) + scores.getOrDefault("Peaceful protest", 0)
                + scores.getOrDefault("Protest with intervention", 0);
        int violentDemo = scores.getOrDefault("Violent demonstration", 0);
        boolean violenceFamily = best.equals("@violence") || best.equals("Armed clash") || best.equals("Attack");
        String type = best;
        List<Token> toks = report.tokens();
        if (protest > 0 && (best.equals("@protest") || best.equals("Peaceful protest") || best.equals("Protest with intervention"))
                && violentDemo >= 2) {
            // a demonstration whose participants turned violent (stones, burning tyres, vandalism)
            type = "Violent demonstration";
        } else if (violenceFamily && sizeMarker) {
            // violence by a crowd: by demonstrators a violent demonstration, otherwise mob violence
            type = protest > 0 || violentDemo > 0 ? "Violent demonstration" : "Mob violence";
        } else switch (best) {
            case "@territory" -> type = withoutFight(report, c, lang) ? "Non-violent transfer of territory"
                    : agentInter(found) == 1 ? "Government regains territory" : "Non-state actor overtakes territory";
            case "@violence" -> {
                int patient = found.patient() == null ? 0 : found.patient().inter();
                if (patient == 7) {
                    type = "Attack";
                } else if (patient >= 1 && patient <= 4 || patient == 8) {
                    type = "Armed clash";
                } else {
                    Sentence s = report.sentences().get(c.head(report).sentence());
                    boolean civilians = classes.any(lang, "civilians", toks, s.firstToken(), s.endToken());
                    boolean armed = classes.any(lang, "armed", toks, c.head(report).endToken(), s.endToken());
                    type = civilians && !armed ? "Attack" : armed ? "Armed clash" : "Attack";
                }
            }
            case "@protest", "Peaceful protest", "Protest with intervention" -> {
                if (protestersShot(report, c, lang, scores)) {
                    type = "Excessive force against protesters";
                } else {
                    type = intervened(report, c, lang) ? "Protest with intervention" : "Peaceful protest";
                }
            }
            default -> { }
        }
        for (EventMention m : c.mentions) {
            if (m.type().equals(best)) {
                r.addEvidence("sub_event_type", report.evidence(m.span(), m.rule() + (best.equals(type) ? "" : " -> " + type)));
            }
        }
        if (!r.evidence.containsKey("sub_event_type")) {
            r.addEvidence("sub_event_type", report.evidence(c.head(report).span(), c.head(report).rule()));
        }
        // the model's features, for the model's language only (also read when training it)
        if (lang.equals(modelLanguage)) {
            r.features = EventFeatures.of(report, c, scores, type, found, sizeMarker,
                    type.startsWith("Protest") || type.startsWith("Peaceful") ? intervened(report, c, lang) : false);
        }
        if (model != null && lang.equals(modelLanguage)) {
            org.peristiwa.event.model.LinearModel.Prediction p = model.predict(r.features, 4);
            if (taxonomy.isSubType(p.label())) {
                StringBuilder why = new StringBuilder("model:sub-type " + p.label() + " p=" + Math.round(p.probability() * 100) / 100.0
                        + " (rules: " + type + "; strongest features:");
                for (var contribution : p.top()) why.append(' ').append(contribution.feature()).append(" +").append(contribution.weight());
                why.append(')');
                Sentence head = report.sentences().get(c.head(report).sentence());
                r.addEvidence("sub_event_type", report.evidence(head.span(), why.toString()));
                type = p.label();
            }
        }
        r.evidence.put("event_type", r.evidence.get("sub_event_type"));
        return type;
    }

    /**
     * Whether the authorities intervened in a protest: tear gas, dispersal, water cannon… anywhere in the event's
     * sentences, or arrests in a sentence that names the police or troops (an arrest the protest is about —
     * "against the arrest of an editor" — is not an intervention).
     */
    private boolean intervened(Report report, Cluster c, String lang) {
        List<Token> toks = report.tokens();
        for (int si : c.context) {
            Sentence s = report.sentences().get(si);
            for (PhraseIndex.Match<String> d : classes.all(lang, "intervention", toks, s.firstToken(), s.endToken())) {
                // "massa membubarkan diri dengan tertib", "dispersed peacefully": the crowd left of its own accord
                String next = d.end() < s.endToken() ? toks.get(d.end()).lower() : "";
                if (next.equals("diri") || next.equals("peacefully") || next.equals("themselves")) continue;
                if (!negatedOrModal(toks, s, d.start())) return true;
            }
            for (PhraseIndex.Match<String> d : classes.all(lang, "detention", toks, s.firstToken(), s.endToken())) {
                if (negatedOrModal(toks, s, d.start())) continue;
                String prev = d.start() > s.firstToken() ? toks.get(d.start() - 1).lower() : "";
                if (prev.equals("the") || prev.equals("of") || prev.equals("against") || prev.equals("over")) continue;
                if (toks.get(d.start()).lower().equals("arrest")) continue;
                for (ActorMention a : report.actors()) {
                    if (s.span().contains(a.span()) && a.role() != null && a.inter() == 1) return true;
                }
            }
        }
        return false;
    }

    /**
     * Protesters killed or shot at by those who policed them: a protest whose sentences also report shooting
     * (a violence trigger) together with deaths or live rounds. Excessive force, in ACLED's terms.
     */
    private boolean protestersShot(Report report, Cluster c, String lang, Map<String, Integer> scores) {
        if (scores.getOrDefault("@violence", 0) < 1 && !intervened(report, c, lang)) return false;
        List<Token> toks = report.tokens();
        for (int si : c.context) {
            Sentence s = report.sentences().get(si);
            if (classes.any(lang, "deaths", toks, s.firstToken(), s.endToken())) return true;
            String text = s.span().of(report.text()).toLowerCase(Locale.ROOT);
            if (text.contains("peluru tajam") || text.contains("live ammunition") || text.contains("live rounds")) return true;
        }
        return false;
    }

    private static final java.util.Set<String> NO_FIGHT = java.util.Set.of("tanpa perlawanan", "without resistance",
            "without a fight", "without fighting", "tanpa pertempuran", "tanpa tembakan", "handed over", "penyerahan", "serah terima");

    /** "took over several villages … without resistance": a transfer of territory, not a battle. */
    private static boolean withoutFight(Report report, Cluster c, String lang) {
        for (int si : c.context) {
            String text = report.sentences().get(si).span().of(report.text()).toLowerCase(Locale.ROOT);
            for (String cue : NO_FIGHT) if (text.contains(cue)) return true;
        }
        return false;
    }

    private static final java.util.Set<String> NEGATION_OR_MODAL = java.util.Set.of("not", "no", "never", "would", "will",
            "could", "may", "might", "tidak", "tak", "belum", "akan", "bisa", "dapat", "without", "tanpa");

    /** "did not intervene", "warned that officers would arrest": no intervention happened. */
    private static boolean negatedOrModal(List<Token> toks, Sentence s, int at) {
        for (int k = Math.max(s.firstToken(), at - 3); k < at; k++) {
            if (NEGATION_OR_MODAL.contains(toks.get(k).lower())) return true;
        }
        return false;
    }

    private static int agentInter(Participants.Found f) {
        return f.agent() == null ? 0 : f.agent().inter();
    }

    private void assignActors(Report report, EventRecord r, Taxonomy.SubType sub, Participants.Found f, String country,
                              LocalDate date, Cluster c, String lang) {
        ActorMention agent = named(report, c, f.agent(), f.patient()), patient = named(report, c, f.patient(), f.agent());
        String st = sub.subEventType();
        if (agent != null && agent.inter() == 7 && !sub.eventType().equals("Protests") && !sub.eventType().equals("Riots")
                && !sub.eventType().equals("Strategic developments")) {
            // civilians do not attack: a civilian named before the act is its victim ("a man was found dead")
            if (patient == null) patient = agent;
            agent = null;
        }
        String[] a1 = name(agent, country, date), a2 = name(patient, country, date);
        ActorCodebook.Belligerents sides = agent == null && patient == null && country != null ? codebook.belligerents(country, st) : null;
        if (sides != null) {
            // no one named: the conflict's standing sides, as ACLED records them
            Span cue = report.sentences().get(c.head(report).sentence()).span();
            r.actor1 = codebook.fill(sides.actor1(), country, date);
            r.inter1 = sides.inter1();
            r.addEvidence("actor1", report.evidence(cue, "actor:standing-belligerent"));
            if (!sides.actor2().isEmpty()) {
                r.actor2 = codebook.fill(sides.actor2(), country, date);
                r.inter2 = sides.inter2();
                r.addEvidence("actor2", report.evidence(cue, "actor:standing-belligerent"));
            }
            r.interaction = r.inter2 == null || r.inter2 == 0 ? r.inter1 * 10 : Math.min(r.inter1, r.inter2) * 10 + Math.max(r.inter1, r.inter2);
            return;
        }
        Evidence e1 = agent == null ? null : report.evidence(agent.span(), agent.rule());
        Evidence e2 = patient == null ? null : report.evidence(patient.span(), patient.rule());
        Span headSentence = report.sentences().get(c.head(report).sentence()).span();
        if (sub.eventType().equals("Protests")) {
            if (agent == null || agent.inter() != 6) {
                if (agent != null && agent.named() != null) r.assocActor1 = a1[0];
                a1 = role("protesters", country, date);
                e1 = agent != null ? e1 : report.evidence(headSentence, "actor:default-for-" + key(st));
            }
            if (st.equals("Protest with intervention") || st.equals("Excessive force against protesters")) {
                if (patient == null || patient.inter() != 1) {
                    a2 = role("police", country, date);
                    e2 = report.evidence(headSentence, "actor:default-intervening-police");
                }
            } else {
                a2 = null;   // a peaceful protest has no second actor
                e2 = null;
            }
        } else if (sub.eventType().equals("Riots")) {
            if (st.equals("Violent demonstration") && (patient == null || patient.inter() == 6 || patient.inter() == 5)) {
                // rioters against the police who faced them, when the report names them
                ActorMention police = stateForce(report, c);
                if (police != null) {
                    patient = police;
                    a2 = name(police, country, date);
                    e2 = report.evidence(police.span(), police.rule());
                }
            }
            if (agent == null || agent.inter() != 5 && agent.inter() != 6) {
                if (agent != null && agent.inter() != 5) {
                    if (patient == null) { a2 = a1; e2 = e1; }
                }
                a1 = role("rioters", country, date);
                e1 = report.evidence(headSentence, "actor:default-for-" + key(st));
            } else if (agent.inter() == 6) {
                a1 = role("rioters", country, date);
            }
        } else if (st.equals("Attack") || st.equals("Abduction/forced disappearance") || st.equals("Sexual violence")) {
            if (a2 == null || patient.inter() != 7) {
                if (a1 == null && a2 != null) { a1 = a2; e1 = e2; }
                a2 = role("civilians", country, date);
                e2 = report.evidence(headSentence, "actor:default-victims-civilians");
            }
            if (a1 == null || agent != null && agent.role() != null && agent.role().role().equals("unidentified_armed_group")) {
                ActorCodebook.ForeignForce local = country == null ? null : codebook.unidentified(country, st);
                a1 = local != null ? new String[] {local.name(), String.valueOf(local.inter())} : a1 != null ? a1
                        : role("unidentified_armed_group", country, date);
                if (e1 == null || local != null) e1 = report.evidence(headSentence, "actor:default-unidentified-perpetrator");
            }
        } else if (a1 == null && a2 != null && patient.inter() != 7) {
            a1 = a2;
            e1 = e2;
            a2 = null;
            e2 = null;
        }
        if (a2 == null && (st.equals("Mob violence") || st.equals("Violent demonstration")) && reciprocal(report, c)) {
            // "two mobs clashed with each other": rioters on both sides
            a2 = role("rioters", country, date);
            e2 = report.evidence(headSentence, "actor:rioters-on-both-sides");
        }
        if (a2 == null && (st.equals("Mob violence") || st.equals("Looting/property destruction") && (agent == null || agent.inter() != 1))) {
            // a mob's or an armed group's victims, when the report names no one else, are civilians
            a2 = role("civilians", country, date);
            e2 = report.evidence(headSentence, "actor:default-victims-civilians");
        }
        if (a2 == null && (sub.eventType().equals("Explosions/Remote violence") || st.equals("Attack")) && civilianVictims(report, c, lang)) {
            a2 = role("civilians", country, date);
            e2 = report.evidence(headSentence, "actor:civilian-victims");
        }
        if (a1 == null && (sub.eventType().equals("Battles") || sub.eventType().equals("Explosions/Remote violence"))) {
            a1 = role("unidentified_armed_group", country, date);
            e1 = report.evidence(headSentence, "actor:default-unidentified-armed-group");
        }
        if (a1 != null) {
            r.actor1 = a1[0];
            r.inter1 = Integer.parseInt(a1[1]);
            r.addEvidence("actor1", e1);
            r.addEvidence("inter1", e1);
        }
        if (a2 == null && st.equals("Armed clash") && r.actor1 != null && r.actor1.startsWith("Unidentified") && reciprocal(report, c)) {
            // "a shoot-out took place": two unnamed sides
            a2 = new String[] {r.actor1, String.valueOf(r.inter1)};
            e2 = report.evidence(headSentence, "actor:unidentified-on-both-sides");
        }
        if (a2 != null && (!a2[0].equals(r.actor1) || a2[0].startsWith("Unidentified") || a2[0].startsWith("Rioters"))) {
            r.actor2 = a2[0];
            r.inter2 = Integer.parseInt(a2[1]);
            r.addEvidence("actor2", e2);
            r.addEvidence("inter2", e2);
        }
        if (f.associate() != null && r.assocActor1 == null) {
            String[] as = name(f.associate(), country, date);
            if (as != null && !as[0].equals(r.actor1)) {
                r.assocActor1 = as[0];
                r.addEvidence("assoc_actor_1", report.evidence(f.associate().span(), f.associate().rule()));
            }
        }
        if (r.inter1 != null) {
            int i1 = r.inter1, i2 = r.inter2 == null ? 0 : r.inter2;
            r.interaction = i2 == 0 ? i1 * 10 : Math.min(i1, i2) * 10 + Math.max(i1, i2);
        }
    }

    /**
     * A generic armed actor ("insurgents", "gunmen", "militants") is the named armed group the same event's
     * sentences name, when they name exactly one: the report says who they are elsewhere.
     */
    private ActorMention named(Report report, Cluster c, ActorMention a, ActorMention other) {
        if (a == null || a.named() != null || a.role() == null || a.inter() == 1 || a.inter() >= 5) return a;
        // "unidentified gunmen" stay unidentified when the text says so
        String words = a.span().of(report.text()).toLowerCase(Locale.ROOT);
        if (words.contains("unidentified") || words.contains("unknown") || words.contains("tak dikenal") || words.contains("tidak dikenal")) return a;
        int headSentence = c.head(report).sentence();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, ActorMention> first = new LinkedHashMap<>();
        for (ActorMention m : report.actors()) {
            if (m.named() == null || m.inter() < 2 || m.inter() > 4) continue;
            Sentence s = report.sentenceAt(m.span().start());
            if (s == null || !c.context.contains(s.index())) continue;
            if (other != null && other.named() != null && other.named().name().equals(m.named().name())) continue;
            if (s.index() == headSentence && m.firstToken() > c.head(report).firstToken()) continue;   // the object of the act
            counts.merge(m.named().name(), 1, Integer::sum);
            first.putIfAbsent(m.named().name(), m);
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        return best == null ? a : first.get(best);
    }

    /**
     * Every body sentence that reports the act is the perpetrator's own word ("TPNPB mengklaim telah membakar…",
     * a press release of the group): the event is that group's claim.
     */
    /**
     * "TPNPB juga menyertakan foto yang memperlihatkan bangunan terbakar": the perpetrator is the subject and another
     * verb (what it says, shows, posts) comes before the act, so the act is reported in its words.
     */
    private static boolean perpetratorSpeaks(Report report, Sentence s, EventMention m, ActorCodebook.NamedActor agent) {
        List<Token> toks = report.tokens();
        ActorMention subject = null;
        for (ActorMention a : report.actors()) {
            if (s.span().contains(a.span())) {
                subject = a;
                break;
            }
        }
        if (subject == null || subject.named() == null || !subject.named().equals(agent) || subject.endToken() > s.firstToken() + 3
                || subject.endToken() >= m.firstToken()) return false;
        for (int k = subject.endToken(); k < m.firstToken(); k++) {
            String w = toks.get(k).lower();
            if (REPORTING_VERBS.contains(w) || w.length() >= 6 && (w.startsWith("meny") || w.startsWith("memp") || w.startsWith("meng"))) return true;
        }
        return false;
    }

    private static final java.util.Set<String> REPORTING_VERBS = java.util.Set.of("said", "says", "claimed", "released",
            "posted", "published", "shared", "showed", "announced", "stated");

    /** Whether a source's name ("juru bicara TPNPB-OPM", "TPNPB") names the given actor. */
    private boolean namesActor(String sourceName, ActorCodebook.NamedActor actor) {
        List<Token> toks = TOKENIZER.tokenize(sourceName, 0, sourceName.length(), 0);
        for (PhraseIndex.Match<Object> m : codebook.index().findAll(toks, 0, toks.size())) {
            if (m.values().contains(actor)) return true;
        }
        return false;
    }

    private static final org.peristiwa.text.Tokenizer TOKENIZER = new org.peristiwa.text.Tokenizer();

    private boolean claimedByPerpetrator(Report report, Cluster c, Participants.Found found) {
        if (found.agent() == null || found.agent().named() == null) return false;
        String agent = found.agent().span().of(report.text()).toLowerCase(Locale.ROOT);
        boolean any = false;
        for (EventMention m : c.mentions) {
            Sentence s = report.sentences().get(m.sentence());
            if (s.zone() == Zone.TITLE) continue;
            if (m.modality() == Modality.CLAIMED) { any = true; continue; }
            // "pembakaran tersebut", "the attack": a reference back to the act asserts nothing new
            String next = m.endToken() < s.endToken() ? report.tokens().get(m.endToken()).lower() : "";
            if (next.equals("tersebut") || next.equals("itu") || m.firstToken() > s.firstToken()
                    && report.tokens().get(m.firstToken() - 1).lower().equals("the")) continue;
            boolean byAgent = false;
            for (Attribution a : report.attributions()) {
                if (a.scope().equals(s.span()) && (a.source().name().toLowerCase(Locale.ROOT).contains(agent)
                        || namesActor(a.source().name(), found.agent().named())
                        || "perpetrator_affiliated".equals(a.source().kind()))) byAgent = true;
            }
            if (!byAgent && perpetratorSpeaks(report, s, m, found.agent().named())) byAgent = true;
            if (!byAgent) return false;
            any = true;
        }
        return any;
    }

    private static final java.util.Set<String> RECIPROCAL_WORDS = java.util.Set.of("clash", "clashes", "clashed", "shoot-out",
            "shootout", "shoot-outs", "exchanged", "exchange", "each", "fought", "fighting", "bentrok", "bentrokan", "saling");

    /** Whether the event's sentences describe a two-sided fight ("clashed with each other", "a shoot-out"). */
    private static boolean reciprocal(Report report, Cluster c) {
        for (int si : c.context) {
            Sentence s = report.sentences().get(si);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (RECIPROCAL_WORDS.contains(report.tokens().get(i).lower())) return true;
            }
        }
        return false;
    }

    /** Civilians named as the dead or wounded in the event's sentences ("Empat warga sipil … tewas"). */
    private static final java.util.Set<String> CIVILIAN_PROPERTY = java.util.Set.of("house", "houses", "home", "homes",
            "residence", "shop", "shops", "market", "rumah", "toko", "pasar", "warung", "kios");

    private boolean civilianVictims(Report report, Cluster c, String lang) {
        List<Token> toks = report.tokens();
        // a grenade thrown at a house, a market shelled: civilian property, civilian targets
        EventMention head = c.head(report);
        Sentence hs = report.sentences().get(head.sentence());
        for (int i = hs.firstToken(); i < hs.endToken(); i++) {
            if (CIVILIAN_PROPERTY.contains(toks.get(i).lower())) return true;
        }
        for (ActorMention a : report.actors()) {
            if (a.role() == null || a.inter() != 7) continue;
            Sentence s = report.sentenceAt(a.span().start());
            if (s == null || !c.context.contains(s.index())) continue;
            if (classes.any(lang, "deaths", toks, s.firstToken(), s.endToken()) || classes.any(lang, "injuries", toks, s.firstToken(), s.endToken())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "SURABAYA - … di depan Gedung Grahadi, Jawa Timur": when the body names only the province or region, and the
     * dateline's town lies in it, the event took place in that town.
     */
    private Location townOfDateline(Report report, Cluster c, Location loc) {
        if (report.metadata().dateline == null) return loc;
        var dateline = report.metadata().dateline;
        if (loc == null) {
            // the body names no place at all: a local report happens where it is filed from
            for (org.peristiwa.geo.Place p : gazetteer.wellKnownPlacesNamed(dateline.place())) {
                if (dateline.country() != null && !p.country().equals(dateline.country())) continue;
                return new Location(p, gazetteer.country(p.country()), 0.5, dateline.evidence().withRule("geo:dateline-place-for-an-unplaced-event"), true);
            }
            return null;
        }
        if (loc.place() == null || loc.geoPrecision() < 2) return loc;
        // a more precise place the body names inside the region ("Kabupaten Maybrat, Papua Barat") is the event's
        org.peristiwa.mention.PlaceMention inside = null;
        for (org.peristiwa.mention.PlaceMention m : report.places()) {
            Sentence s = report.sentenceAt(m.span().start());
            if (s == null || !c.context.contains(s.index()) || m.isCountry() || m.best() == null) continue;
            org.peristiwa.geo.Place p = m.best();
            if (p.equals(loc.place()) || p.geoPrecision() >= loc.geoPrecision()) continue;
            if (loc.place().name().equals(p.admin1()) || loc.place().name().equals(p.admin2())) {
                if (inside == null) inside = m;
            } else if (p.country().equals(loc.place().country())) {
                return loc;   // the body names another precise place: leave the resolver's choice
            }
        }
        if (inside != null) {
            return new Location(inside.best(), loc.country(), loc.score(), report.evidence(inside.span(), "geo:named-place-within-the-region"));
        }
        for (org.peristiwa.geo.Place p : gazetteer.placesNamed(dateline.place())) {
            if (p.geoPrecision() != 1 || !p.country().equals(loc.place().country())) continue;
            String region = loc.place().name();
            if (region.equals(p.admin1()) || region.equals(p.admin2())) {
                return new Location(p, loc.country(), loc.score(), dateline.evidence().withRule("geo:dateline-town-within-the-named-region"));
            }
        }
        return loc;
    }

    /**
     * "the OSCE SMM observed … near Komsomolets", "NAF forces fired at … Petrovskoye": when the report ties the event
     * to one country through its actors or a mission, a same-named town there is meant; a town elsewhere that the
     * text does not place in its country by name is no evidence against it.
     */
    private Location withinActorsCountry(Report report, Cluster c, Location loc) {
        if (loc != null && loc.place() == null) {
            // only a country named ("Kagara (Rafi LGA, Niger)"): a cue that belongs to one country overrides it
            for (org.peristiwa.geo.CountryCues.Cue cue : org.peristiwa.geo.CountryCues.standard().find(report)) {
                if (!cue.country().equals(loc.country().name())) return new Location(null, gazetteer.country(cue.country()), loc.score(),
                        report.evidence(cue.span(), "geo:country-cue"));
            }
            return loc;
        }
        // only a bare town name can be a namesake; a province, or a name the text places ("X (Y, Z)"), is evidence
        if (loc == null || loc.place() == null || loc.place().geoPrecision() != 1 || loc.evidence().rule().contains("context:")) return loc;
        String prior = priorCountry(report, c);
        if (prior == null || prior.equals(loc.place().country())) return loc;
        for (org.peristiwa.mention.PlaceMention p : report.places()) {
            if (p.isCountry() && !p.adjective() && p.country().name().equals(loc.place().country())) return loc;   // named outright
        }
        for (org.peristiwa.geo.Place alt : gazetteer.placesNamed(loc.place().name())) {
            if (alt.country().equals(prior)) {
                return new Location(alt, gazetteer.country(prior), loc.score(), loc.evidence().withRule(loc.evidence().rule() + "; same name in the actors' country"));
            }
        }
        if (loc.place().population() >= 100_000) return loc;
        // a small place abroad that nothing else supports is a namesake: a place the report names in the actors'
        // country is the event's ("in Port-au-Prince … clashes between Baz Pilat, Grand-Ravine and …"), else no place
        for (org.peristiwa.mention.PlaceMention p : report.places()) {
            Place alt = p.best();
            if (alt == null || !alt.country().equals(prior) || alt.isHollow() || p.adjective()) continue;
            Country country = gazetteer.country(prior);
            return new Location(alt, country == null ? loc.country() : country, loc.score() * 0.8,
                    report.evidence(p.span(), p.rule() + "; a place of the actors' country"));
        }
        return null;
    }

    /** The country a mission cue or the event's named actors tie it to, or null. */
    private String priorCountry(Report report, Cluster c) {
        for (org.peristiwa.geo.CountryCues.Cue cue : org.peristiwa.geo.CountryCues.standard().find(report)) return cue.country();
        List<Token> toks = report.tokens();
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (ActorMention a : report.actors()) {
            Sentence s = report.sentenceAt(a.span().start());
            if (s == null || !c.context.contains(s.index())) continue;
            String country = a.named() != null ? a.named().country() : a.country() != null && a.role().inter() == 1 ? null : null;
            if (country != null && !country.isEmpty()) votes.merge(country, 1, Integer::sum);
        }
        return votes.size() == 1 ? votes.keySet().iterator().next() : null;
    }

    private static final java.util.Set<String> AREA_NOUNS = java.util.Set.of("province", "governorate", "state", "region",
            "oblast", "district", "county", "provinsi", "kabupaten", "wilayah", "prefecture", "department", "countryside");

    /**
     * "protested in Gomel", "fronts in Hajjah governorate": a province named like its capital. Unless the text calls it
     * a province, the city is meant; either way ACLED places the event at the city, so its coordinates are used.
     */
    private Location cityOfTheSameName(Report report, Location loc) {
        if (loc == null || loc.place() == null) return loc;
        if (loc.place().geoPrecision() < 3) return provinceAtItsCapital(loc);
        org.peristiwa.geo.Place city = null;
        for (org.peristiwa.geo.Place p : gazetteer.placesNamed(loc.place().name())) {
            if (p.geoPrecision() == 1 && p.country().equals(loc.place().country())
                    && (city == null || p.population() > city.population())) city = p;
        }
        if (city == null) return provinceAtItsCapital(loc);
        boolean area = false;
        int end = loc.evidence().end();
        List<Token> toks = report.tokens();
        for (Token t : toks) {
            if (t.start() >= end && t.start() <= end + 2) area = AREA_NOUNS.contains(t.lower());
        }
        org.peristiwa.geo.Place at = area ? new org.peristiwa.geo.Place(loc.place().name(), loc.place().country(), loc.place().admin1(),
                loc.place().admin2(), city.latitude(), city.longitude(), loc.place().geoPrecision(), loc.place().feature(),
                loc.place().geonamesId(), loc.place().population())
                : new org.peristiwa.geo.Place(city.name(), city.country(), province(loc.place()), city.admin2(), city.latitude(),
                        city.longitude(), city.geoPrecision(), city.feature(), city.geonamesId(), city.population());
        return new Location(at, loc.country(), loc.score(), loc.evidence().withRule(loc.evidence().rule()
                + (area ? "; the province, at its capital" : "; the city named like its province")));
    }

    /** "in Wardak province": ACLED places an event known only to its province at the provincial capital (Maidan Shar). */
    private Location provinceAtItsCapital(Location loc) {
        Place area = loc.place();
        boolean province = area.isAdmin1();
        if (!province && !(area.isAdmin2() && !area.isHollow())) return loc;
        Place capital = province ? gazetteer.capitalOf(area) : gazetteer.seatOf(area);
        if (capital == null) return loc;
        Place at = new Place(capital.name(), capital.country(), province(area), capital.admin2(), capital.latitude(),
                capital.longitude(), province ? 3 : 2, capital.feature(), capital.geonamesId(), capital.population());
        return new Location(at, loc.country(), loc.score(), loc.evidence().withRule(loc.evidence().rule()
                + (province ? "; the province, at its capital" : "; the district, at its seat")));
    }

    private static String province(org.peristiwa.geo.Place p) {
        return p.admin1() == null || p.admin1().isEmpty() ? p.name() : p.admin1();
    }

    /** The first police or military mention in the event's sentences. */
    private static ActorMention stateForce(Report report, Cluster c) {
        for (ActorMention a : report.actors()) {
            Sentence s = report.sentenceAt(a.span().start());
            if (s != null && c.context.contains(s.index()) && a.role() != null && a.inter() == 1) return a;
        }
        return null;
    }

    private static String key(String subType) {
        return subType.toLowerCase(Locale.ROOT).replace(' ', '-').replace('/', '-');
    }

    /** The ACLED name and inter code of an actor mention, in the event's country and government period. */
    private String[] name(ActorMention a, String eventCountry, LocalDate date) {
        if (a == null) return null;
        if (a.named() != null) {
            String c = a.named().country().isEmpty() ? eventCountry : a.named().country();
            String n = codebook.fill(a.named().name(), c, date);
            if (n == null) n = a.named().name().replace(" ({country})", "");
            return new String[] {n, String.valueOf(a.named().inter())};
        }
        String c = a.country() != null ? a.country().name() : eventCountry;
        if (a.role().inter() == 1 && eventCountry != null && c != null && !c.equals(eventCountry)) {
            // a state's forces abroad: ACLED's name for them there, else their own name as external forces
            ActorCodebook.ForeignForce ff = codebook.foreignForce(c, eventCountry);
            if (ff != null) return new String[] {ff.name(), String.valueOf(ff.inter())};
            String n = codebook.fill(a.role().template(), c, date);
            return n == null ? null : new String[] {n, "8"};
        }
        String n = codebook.fill(a.role().template(), c, date);
        if (n == null) return null;
        return new String[] {n, String.valueOf(a.role().inter())};
    }

    private String[] role(String key, String country, LocalDate date) {
        ActorCodebook.Role role = codebook.role(key);
        if (role == null) return null;
        if (country == null) {
            // the country is unknown: "Protesters", still of ACLED's category 6, rather than no actor at all
            String t = role.template();
            return t.endsWith(" ({country})") ? new String[] {t.replace(" ({country})", ""), String.valueOf(role.inter())} : null;
        }
        String n = codebook.fill(role.template(), country, date);
        return n == null ? null : new String[] {n, String.valueOf(role.inter())};
    }

    /** "GNA air force targeted LNA positions": named actors that belong to one country place the event there. */
    private static String countryOfNamedActors(Report report, Cluster c, EventRecord r) {
        for (ActorMention a : report.actors()) {
            if (a.named() == null || a.named().country().isEmpty()) continue;
            Sentence s = report.sentenceAt(a.span().start());
            if (s == null || !c.context.contains(s.index())) continue;
            r.country = a.named().country();
            r.addEvidence("country", report.evidence(a.span(), "geo:country-of-named-actor"));
            return r.country;
        }
        return null;
    }

    /** "Iraqi lawmakers approved…": the one country the event's sentences name by adjective or name. */
    private static String countryOfAdjective(Report report, Cluster c, EventRecord r) {
        org.peristiwa.mention.PlaceMention only = null;
        for (org.peristiwa.mention.PlaceMention p : report.places()) {
            if (!p.isCountry() || p.rule().endsWith("-modifier")) continue;   // "the US dollar" is no place
            Sentence s = report.sentenceAt(p.span().start());
            if (s == null || !c.context.contains(s.index())) continue;
            if (only != null && !only.country().equals(p.country())) return null;
            only = p;
        }
        if (only == null) return null;
        r.country = only.country().name();
        r.addEvidence("country", report.evidence(only.span(), "geo:only-country-named"));
        return r.country;
    }

    /**
     * The last resort for a country: a province or a large town named inside another name ("workers of Kerman Coal
     * Mine Company held a protest in Kuhbanan"), when every such reading lies in one country.
     */
    private String countryOfPlaceInAName(Report report, EventRecord r) {
        List<Token> toks = report.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.isWord() || !t.isCapitalised() || t.surface().length() < 4 || i == 0 || !toks.get(i - 1).isWord()) continue;
            String only = null;
            boolean one = true;
            for (Place p : gazetteer.wellKnownPlacesNamed(t.surface())) {
                if (!(p.isAdmin1() || p.population() >= 100_000)) continue;
                if (only != null && !only.equals(p.country())) one = false;
                only = p.country();
            }
            if (only == null || !one) continue;
            r.country = only;
            r.addEvidence("country", report.evidence(t.start(), t.end(), "geo:place-inside-a-name"));
            return only;
        }
        return null;
    }

    /** "the OSCE SMM observed…": a mission or region that only one country has. */
    private static String countryCue(Report report, EventRecord r) {
        for (org.peristiwa.geo.CountryCues.Cue cue : org.peristiwa.geo.CountryCues.standard().find(report)) {
            r.country = cue.country();
            r.addEvidence("country", report.evidence(cue.span(), "geo:country-cue"));
            return r.country;
        }
        return null;
    }

    private static String countryFromActors(Report report, Participants.Found f, EventRecord r) {
        for (ActorMention a : new ActorMention[] {f.agent(), f.patient()}) {
            if (a != null && a.country() != null) {
                r.country = a.country().name();
                r.addEvidence("country", report.evidence(a.countrySpan(), "geo:country-of-actor"));
                return a.country().name();
            }
        }
        return null;
    }

    private void readTargets(Report report, Cluster c, String lang, EventRecord r) {
        List<Token> toks = report.tokens();
        for (int si : c.context) {
            Sentence s = report.sentences().get(si);
            if (s.zone() == Zone.TITLE) continue;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                String w = toks.get(i).lower();
                if (!(w.equals("including") || w.equals("termasuk") || w.equals("yakni") || w.equals("namely"))) continue;
                List<PhraseIndex.Match<String>> nouns = classes.all(lang, "targets", toks, Math.max(s.firstToken(), i - 8), i);
                if (nouns.isEmpty()) continue;
                addTarget(report, r, toks, lang, s, nouns.get(0), "targets:noun-before-" + w);
                int start = i + 1;
                for (int k = i + 1; k <= s.endToken(); k++) {
                    String t = k < s.endToken() ? toks.get(k).lower() : ".";
                    boolean sep = t.equals(",") || t.equals("dan") || t.equals("and") || t.equals(".") || t.equals("\"")
                            || t.equals("\u201d") || t.equals(";");
                    if (!sep) continue;
                    if (k > start && k - start <= 6) {
                        String item = new Span(toks.get(start).start(), toks.get(k - 1).end()).of(report.text());
                        if (!r.targets.contains(item)) {
                            r.targets.add(item);
                            r.addEvidence("targets", report.evidence(toks.get(start).start(), toks.get(k - 1).end(), "targets:enumeration-after-" + w));
                        }
                    }
                    start = k + 1;
                    if (t.equals(".") || t.equals("\"") || t.equals("\u201d") || t.equals(";")) break;
                }
            }
        }
        if (!r.targets.isEmpty()) return;
        // otherwise the target nouns after the head trigger ("attacked a checkpoint", "menyerang pos polisi")
        EventMention head = c.head(report);
        Sentence s = report.sentences().get(head.sentence());
        for (PhraseIndex.Match<String> m : classes.all(lang, "targets", toks, head.endToken(), Math.min(s.endToken(), head.endToken() + 6))) {
            addTarget(report, r, toks, lang, s, m, "targets:noun-after-trigger");
            break;
        }
    }

    /** A target noun phrase: the noun, a count or article before it, and up to two modifiers after it. */
    private void addTarget(Report report, EventRecord r, List<Token> toks, String lang, Sentence s, PhraseIndex.Match<String> m, String rule) {
        int from = m.start(), to = m.end();
        if (from > s.firstToken() && isCount(toks.get(from - 1))) from--;
        while (to < s.endToken() && to < m.end() + 2 && toks.get(to).isWord() && !toks.get(to).isCapitalised()
                && !classes.any(lang, "locative", toks, to, to + 1) && toks.get(to).lower().length() > 3) to++;
        String item = new Span(toks.get(from).start(), toks.get(to - 1).end()).of(report.text());
        if (r.targets.contains(item)) return;
        r.targets.add(item);
        r.addEvidence("targets", report.evidence(toks.get(from).start(), toks.get(to - 1).end(), rule));
    }

    private static boolean isCount(Token t) {
        return Character.isDigit(t.lower().charAt(0)) || List.of("a", "an", "the", "two", "three", "four", "dua", "tiga", "empat",
                "sebuah", "beberapa", "several").contains(t.lower());
    }

    private Source publisher(Report report) {
        if (report.metadata().outlet == null) return null;
        String name = report.metadata().outlet.value();
        Outlets.Outlet o = outlets.named(name);
        return new Source(o != null ? o.name() : name, "publisher", o == null ? null : blank(o.affiliation()), null,
                report.metadata().outlet.evidence());
    }

    private void readSources(Report report, Cluster c, Source publisher, String country, EventRecord r) {
        Map<String, Source> sources = new LinkedHashMap<>();
        if (publisher != null) {
            Outlets.Outlet o = outlets.named(publisher.name());
            sources.put(publisher.name(), new Source(publisher.name(), o != null ? o.kind() : "publisher", null, null, publisher.evidence()));
        }
        if (report.metadata().credit != null && report.metadata().credit.source() != null) {
            String name = report.metadata().credit.source();
            Outlets.Outlet o = outlets.named(name);
            sources.putIfAbsent(name, new Source(name, o != null ? o.kind() : "independent_media", null, null,
                    report.metadata().credit.evidence().withRule("source:closing-credit")));
        }
        for (Attribution a : report.attributions()) {
            Sentence s = report.sentenceAt(a.scope().start());
            if (s == null || !c.context.contains(s.index())) continue;
            Source src = a.source();
            String affiliation = src.affiliation() == null ? null : codebook.fill(src.affiliation(), country, null);
            if (affiliation == null && src.affiliation() != null) affiliation = src.affiliation().replace(" ({country})", "");
            sources.putIfAbsent(src.name(), new Source(src.name(), src.kind(), affiliation, src.via(), src.evidence()));
            if (src.via() != null && !sources.containsKey(src.via())) {
                Outlets.Outlet o = outlets.named(src.via());
                sources.put(src.via(), new Source(src.via(), o != null ? o.kind() : "independent_media", null, null, src.evidence()));
            }
        }
        r.sources.addAll(sources.values());
        for (Source s : r.sources) r.addEvidence("sources", s.evidence());
        // claims carry their source's affiliation through the sources list; fill the claim kinds consistently
        List<Claim> claims = new ArrayList<>();
        for (Claim cl : r.claims) {
            Source s = cl.source() == null ? null : sources.get(cl.source());
            claims.add(new Claim(cl.field(), cl.value(), cl.claim(), cl.source(), s != null ? s.kind() : cl.sourceKind(), cl.evidence()));
        }
        r.claims = claims;
    }

    private static double confidence(EventRecord r, EventMention head, Location loc) {
        double c = 0.4 + Math.min(0.25, head.weight() * 0.05);
        if (r.timePrecision != null && r.timePrecision == 1) c += 0.1;
        // a place matched by a fuzzy spelling counts for less than one matched by name
        if (loc != null) c += 0.1 * (loc.place() != null ? Math.min(1.0, loc.score()) : 0.5);
        if (r.actor1 != null) c += 0.1;
        return Math.round(Math.min(0.95, c) * 100) / 100.0;
    }

    private static Double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
