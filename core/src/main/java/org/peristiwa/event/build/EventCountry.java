package org.peristiwa.event.build;

import java.util.List;
import org.peristiwa.geo.Gazetteer;
import org.peristiwa.geo.Place;
import org.peristiwa.mention.ActorMention;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Token;

/**
 * The event's country when no place was found: from its actors, the named actors of its sentences, a cue only one
 * country has, the one country its sentences name, or a province named inside another name.
 */
final class EventCountry {

    private final Gazetteer gazetteer;

    EventCountry(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The country by the first of the fallbacks that finds one (recorded with its evidence), or null. */
    String find(Report report, Cluster c, Participants.Found found, EventRecord r) {
        String country = countryFromActors(report, found, r);
        if (country == null) country = countryOfNamedActors(report, c, r);
        if (country == null) country = countryCue(report, r);
        if (country == null) country = countryOfAdjective(report, c, r);
        if (country == null) country = countryOfPlaceInAName(report, r);
        return country;
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

}
