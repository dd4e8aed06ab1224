package org.peristiwa.event.build;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peristiwa.event.EventMention;
import org.peristiwa.event.Taxonomy;
import org.peristiwa.event.WordClasses;
import org.peristiwa.kb.ActorCodebook;
import org.peristiwa.mention.ActorMention;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Evidence;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Span;
import org.peristiwa.report.Token;

/**
 * Actor1, actor2 and their ACLED categories: the participants found in the event's sentences, named in the
 * codebook's terms for the event's country and government period, and the codebook's defaults where the report
 * names no one (protesters, rioters, civilians as victims, an unidentified armed group).
 */
final class ActorRoles {

    private final ActorCodebook codebook;
    private final WordClasses classes = WordClasses.standard();

    ActorRoles(ActorCodebook codebook) {
        this.codebook = codebook;
    }

    void assign(Report report, EventRecord r, Taxonomy.SubType sub, Participants.Found f, String country,
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
        } else if (st.equals("Arrests") && (agent == null || agent.inter() != 1)) {
            // the state arrests: with no state force named, the country's police; whoever is named was arrested
            if (a2 == null && agent != null) { a2 = a1; e2 = e1; }
            a1 = role("police", country, date);
            e1 = report.evidence(headSentence, "actor:default-for-arrests");
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

}
