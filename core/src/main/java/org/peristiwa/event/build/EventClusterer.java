package org.peristiwa.event.build;

import java.util.ArrayList;
import java.util.List;
import org.peristiwa.event.EventMention;
import org.peristiwa.event.Modality;
import org.peristiwa.event.ModalityAnnotator;
import org.peristiwa.event.TriggerAnnotator;
import org.peristiwa.event.WordClasses;
import org.peristiwa.geo.Location;
import org.peristiwa.geo.LocationResolver;
import org.peristiwa.geo.Place;
import org.peristiwa.report.Report;
import org.peristiwa.time.DateMention;

/**
 * Groups event mentions into events. Mentions that are reported as having happened join the event with the
 * same date (a mention without a date of its own joins the first such event: in a news report the other
 * sentences elaborate its lead). Threats, plans, denials and background events stay apart from the news;
 * an undated one joins the nearest preceding event of the same modality.
 */
final class EventClusterer {

    private final LocationResolver locations;
    private final WordClasses classes = WordClasses.standard();

    EventClusterer(LocationResolver locations) {
        this.locations = locations;
    }

    /** How many sentences back an undated threat or background mention may reach to join an event. */
    private static final int NEAR = 2;

    List<Cluster> cluster(Report report, List<EventMention> mentions) {
        List<Cluster> out = new ArrayList<>();
        java.util.Map<Integer, java.util.Set<String>> provinces = provincesBySentence(report);
        boolean[] lead = leadSentences(report);
        java.util.Map<Integer, java.util.Optional<Place>> towns = new java.util.HashMap<>();   // per sentence, once
        java.util.Map<Integer, Cluster> earlier = new java.util.HashMap<>();
        for (EventMention m : mentions) {
            org.peristiwa.report.Sentence sentence = report.sentences().get(m.sentence());
            // a title compresses several facts into one line: its date does not split events
            DateMention date = sentence.zone() == org.peristiwa.report.Zone.TITLE ? null : ModalityAnnotator.dateOf(report, sentence, m);
            // "…, Reuters reported on Wednesday (12/4)": the day of a statement does not date the act
            if (date != null && EventDate.isStatementDate(report, sentence, date)) date = null;
            Modality family = family(m.modality());
            Cluster target = null;
            Cluster previous = out.isEmpty() ? null : last(out, m);
            boolean earlierAct = family == Modality.ASSERTED && opensWithEarlier(report, sentence, lead);
            if (family == Modality.ASSERTED && previous != null && family(previous.modality) == Modality.ASSERTED
                    && !earlierAct && refersBack(report, m)) {
                // "bentrokan tersebut bermula …", "the attack was claimed …": the act already told, whatever date or
                // place the sentence adds to it
                target = previous;
            } else if (earlierAct) {
                // "Sebelumnya, dua kendaraan … ditembak": an act the story goes back to is one of its own
                target = earlier.get(m.sentence());
            } else if (family == Modality.ASSERTED && date == null && previous != null && previous.modality == Modality.BACKGROUND
                    && m.sentence() - previous.sentences.last() <= 1) {
                target = previous;   // an undated sentence right after a recalled event goes on telling it
            } else if (family == Modality.ASSERTED) {
                for (Cluster c : out) {
                    if (family(c.modality) != Modality.ASSERTED) continue;
                    if ((date == null || c.date == null || sameDay(date, c.date)) && !elsewhere(report, m, c, provinces, lead)
                            && !inAnotherTown(report, m, c, provinces, towns, lead)) {
                        target = c;
                        break;
                    }
                }
            } else {
                for (int k = out.size() - 1; k >= 0 && target == null; k--) {
                    Cluster c = out.get(k);
                    if (c.modality != m.modality()) continue;
                    if (date != null ? c.date != null && sameDay(date, c.date) : m.sentence() - c.sentences.last() <= NEAR) target = c;
                }
            }
            if (target == null) {
                target = new Cluster(family == Modality.ASSERTED ? Modality.ASSERTED : m.modality(), date);
                out.add(target);
                if (earlierAct) earlier.put(m.sentence(), target);
            } else if (target.date == null && date != null) {
                target.date = date;
            }
            target.add(m);
        }
        return out;
    }

    /**
     * "… locked in battle in the neighbouring province of Aleppo": in an article, an act told after the lede in a
     * sentence that places it in a province none of the event's sentences names is another event, not a detail.
     */
    private static boolean elsewhere(Report report, EventMention m, Cluster c, java.util.Map<Integer, java.util.Set<String>> provinces,
                                     boolean[] lead) {
        java.util.Set<String> here = provinces.getOrDefault(m.sentence(), java.util.Set.of());
        if (here.isEmpty() || lead[m.sentence()]) return false;
        boolean any = false;
        for (int si : c.sentences) {
            java.util.Set<String> there = provinces.getOrDefault(si, java.util.Set.of());
            if (there.isEmpty()) continue;
            any = true;
            for (String p : here) if (there.contains(p)) return false;
        }
        return any;
    }

    /**
     * "Ipung ditangkap di Jalan Raya Sumorame, Sidoarjo … Muhidin ditangkap di Gang Gading, Surabaya": in an article,
     * an act told after the lede in a sentence whose own place is a town, where the event's sentences put it in another
     * town of the same province (another district, more than {@value #TOWNS_APART} km away), is another event.
     */
    private boolean inAnotherTown(Report report, EventMention m, Cluster c, java.util.Map<Integer, java.util.Set<String>> provinces,
                                  java.util.Map<Integer, java.util.Optional<Place>> towns, boolean[] lead) {
        // a sentence that names no place below a country has no town of its own
        if (!provinces.containsKey(m.sentence()) || lead[m.sentence()]) return false;
        Place here = towns.computeIfAbsent(m.sentence(), k -> java.util.Optional.ofNullable(townOf(report, k))).orElse(null);
        if (here == null) return false;
        boolean any = false;
        for (int si : c.sentences) {
            if (!provinces.containsKey(si)) continue;
            Place there = towns.computeIfAbsent(si, k -> java.util.Optional.ofNullable(townOf(report, k))).orElse(null);
            if (there == null || !there.country().equals(here.country()) || !there.admin1().equals(here.admin1())) continue;
            boolean sameDistrict = !here.admin2().isEmpty() && here.admin2().equals(there.admin2());
            if (there.equals(here) || sameDistrict || here.distanceKm(there) <= TOWNS_APART) return false;
            any = true;
        }
        return any;
    }

    private static final double TOWNS_APART = 15;

    /** The town a sentence itself places an act in, or null (a province, a district, a place named elsewhere). */
    private Place townOf(Report report, int sentence) {
        Location loc = locations.resolve(report, List.of(sentence), sentence);
        // "near X", "X area", "di Jalan …, X": still that town's, not another's
        if (loc == null || loc.place() == null || loc.place().geoPrecision() != 1) return null;
        org.peristiwa.report.Sentence s = report.sentenceAt(loc.evidence().start());
        return s != null && s.index() == sentence ? loc.place() : null;
    }

    /**
     * Whether a sentence after the lede opens by going back in time ("Sebelumnya, …", "Earlier, …"): what it tells
     * happened before the lead's act, even on the same day, and is another act.
     */
    private boolean opensWithEarlier(Report report, org.peristiwa.report.Sentence s, boolean[] lead) {
        if (lead[s.index()]) return false;
        String lang = TriggerAnnotator.lexiconLanguage(report.language());
        return classes.at(lang, "earlier", report.tokens(), s.firstToken(), s.endToken()) != null;
    }

    /**
     * Whether the trigger points back at an act already told: a demonstrative after it in Indonesian ("bentrokan
     * tersebut", "serangan itu") or before it in English ("this attack", "the same clashes").
     */
    private boolean refersBack(Report report, EventMention m) {
        String lang = TriggerAnnotator.lexiconLanguage(report.language());
        var toks = report.tokens();
        org.peristiwa.report.Sentence s = report.sentences().get(m.sentence());
        if (lang.equals("id")) return m.endToken() < s.endToken() && classes.at(lang, "anaphor", toks, m.endToken(), s.endToken()) != null;
        for (int from = Math.max(s.firstToken(), m.firstToken() - 2); from < m.firstToken(); from++) {
            var a = classes.at(lang, "anaphor", toks, from, m.firstToken());
            if (a != null && a.end() == m.firstToken()) return true;
        }
        return false;
    }

    /** Per sentence, the provinces (country and admin1) of the places it names, countries aside. */
    private static java.util.Map<Integer, java.util.Set<String>> provincesBySentence(Report report) {
        java.util.Map<Integer, java.util.Set<String>> out = new java.util.HashMap<>();
        for (org.peristiwa.mention.PlaceMention p : report.places()) {
            if (p.isCountry() || p.adjective() || p.best() == null) continue;
            org.peristiwa.report.Sentence s = report.sentenceAt(p.span().start());
            if (s == null) continue;
            String admin1 = p.best().admin1() == null || p.best().admin1().isEmpty() ? p.best().name() : p.best().admin1();
            out.computeIfAbsent(s.index(), k -> new java.util.HashSet<>()).add(p.best().country() + "/" + admin1);
        }
        return out;
    }

    /** Per sentence, whether it is the title or among the first three body sentences of an article (of more than three). */
    private static boolean[] leadSentences(Report report) {
        List<org.peristiwa.report.Sentence> sentences = report.sentences();
        boolean[] out = new boolean[sentences.size()];
        int body = 0;
        for (org.peristiwa.report.Sentence o : sentences) if (o.zone() == org.peristiwa.report.Zone.BODY) body++;
        int before = 0;   // body sentences before the current one
        for (org.peristiwa.report.Sentence o : sentences) {
            out[o.index()] = o.zone() == org.peristiwa.report.Zone.TITLE || body <= 3 || before < 3;
            if (o.zone() == org.peristiwa.report.Zone.BODY) before++;
        }
        return out;
    }

    /** The cluster that holds the mention nearest before {@code m}. */
    private static Cluster last(List<Cluster> clusters, EventMention m) {
        Cluster best = null;
        int bestSentence = -1;
        for (Cluster c : clusters) {
            Integer s = c.sentences.floor(m.sentence());
            if (s != null && s > bestSentence) {
                best = c;
                bestSentence = s;
            }
        }
        return best;
    }

    private static Modality family(Modality m) {
        return m == Modality.CLAIMED ? Modality.ASSERTED : m;
    }

    private static boolean sameDay(DateMention a, DateMention b) {
        if (a.precision() == 3 || b.precision() == 3) {
            return a.date().getYear() == b.date().getYear() && a.date().getMonth() == b.date().getMonth();
        }
        long apart = Math.abs(a.date().toEpochDay() - b.date().toEpochDay());
        return a.precision() == 1 && b.precision() == 1 ? apart == 0 : apart <= 3;
    }
}
