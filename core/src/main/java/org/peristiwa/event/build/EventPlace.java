package org.peristiwa.event.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peristiwa.event.EventMention;
import org.peristiwa.geo.Country;
import org.peristiwa.geo.Gazetteer;
import org.peristiwa.geo.Location;
import org.peristiwa.geo.LocationResolver;
import org.peristiwa.geo.Place;
import org.peristiwa.mention.ActorMention;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Token;

/**
 * Refines the place the resolver chose for an event: the dateline's town for an event placed only in its region, a
 * same-named town in the actors' country, a province at its capital and a district at its seat (as ACLED does).
 */
final class EventPlace {

    private final Gazetteer gazetteer;
    private final LocationResolver locations;

    EventPlace(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.locations = new LocationResolver(gazetteer);
    }

    /**
     * Chooses the event's place and fills the record's place fields with their evidence; without a place, the
     * dateline's country. Returns the place, or null.
     */
    Location place(Report report, Cluster c, EventMention head, EventRecord r) {
        Location loc = cityOfTheSameName(report, withinActorsCountry(report, c,
                townOfDateline(report, c, locations.resolve(report, c.sentences, head.sentence()))));
        loc = withinTheStorysCountry(report, c, loc);
        if (loc != null) {
            r.country = loc.country().name();
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
            r.country = report.metadata().dateline.country();
            r.addEvidence("country", report.metadata().dateline.evidence().withRule("geo:dateline-country"));
        }
        return loc;
    }

    /**
     * "Syria Airstrikes destroy Idlib MSF hospital … Millis": an article whose headline and lede name one country, and
     * name it again in the body, tells of that country. A place elsewhere that neither the headline nor the lede names
     * gives way to a place of the story's country the event's sentences (or else the lede) name, or to the country alone.
     */
    private Location withinTheStorysCountry(Report report, Cluster c, Location loc) {
        if (loc == null) return null;
        String story = storysCountry(report);
        if (story == null || story.equals(loc.country().name())) return loc;
        java.util.Set<Integer> lead = leadSentences(report);
        for (org.peristiwa.mention.PlaceMention p : report.places()) {
            Sentence s = report.sentenceAt(p.span().start());
            // "a camp near the Jordanian border": an adjective names a border or a people, not a place in that country
            if (p.adjective()) continue;
            if (s != null && lead.contains(s.index()) && p.country() != null && p.country().name().equals(loc.country().name())) return loc;
        }
        org.peristiwa.mention.PlaceMention inEvent = null, inLead = null;
        for (org.peristiwa.mention.PlaceMention p : report.places()) {
            if (p.isCountry() || p.adjective() || p.best() == null || !p.best().country().equals(story)) continue;
            Sentence s = report.sentenceAt(p.span().start());
            if (s == null) continue;
            if (inEvent == null && c.sentences.contains(s.index())) inEvent = p;
            if (inLead == null && lead.contains(s.index())) inLead = p;
        }
        org.peristiwa.mention.PlaceMention pick = inEvent != null ? inEvent : inLead;
        Country country = gazetteer.country(story);
        if (pick != null) {
            return new Location(pick.best(), country == null ? loc.country() : country, loc.score(),
                    report.evidence(pick.span(), pick.rule() + "; a place of the story's country"));
        }
        if (country == null) return loc;
        for (org.peristiwa.mention.PlaceMention p : report.places()) {
            Sentence s = report.sentenceAt(p.span().start());
            if (p.isCountry() && p.country().name().equals(story) && s != null && lead.contains(s.index())) {
                return new Location(null, country, loc.score(), report.evidence(p.span(), "geo:the story's country"));
            }
        }
        return loc;
    }

    /**
     * The country the story is about: the one the headline and lede name (by name, possessive, adjective or a place
     * in it) that the whole text names at least three times and twice as often as any other. "Syrian rebels", "Azaz"
     * and "Aleppo province" all speak for Syria; "close to the border with Turkey" speaks for Turkey once. Or null.
     */
    private static String storysCountry(Report report) {
        java.util.Set<Integer> lead = leadSentences(report);
        if (lead.isEmpty()) return null;
        Map<String, Double> all = new LinkedHashMap<>();
        java.util.Set<String> inLead = new java.util.HashSet<>();
        for (org.peristiwa.mention.PlaceMention p : report.places()) {
            // "the US dollar", "Russia: …" place nothing
            if (p.rule().endsWith("-modifier")) continue;
            String name = p.isCountry() || p.adjective() ? p.country().name() : p.best() == null ? null : p.best().country();
            if (name == null) continue;
            all.merge(name, p.adjective() ? 0.5 : 1.0, Double::sum);
            Sentence s = report.sentenceAt(p.span().start());
            if (s != null && lead.contains(s.index())) inLead.add(name);
        }
        String top = null;
        double best = 0, second = 0;
        for (Map.Entry<String, Double> e : all.entrySet()) {
            if (e.getValue() > best) {
                second = best;
                best = e.getValue();
                top = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return top != null && inLead.contains(top) && best >= 3 && best >= 2 * second ? top : null;
    }

    /** The title and the first two body sentences of an article of more than three sentences (empty otherwise). */
    private static java.util.Set<Integer> leadSentences(Report report) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        int body = 0;
        for (Sentence s : report.sentences()) {
            if (s.zone() == org.peristiwa.report.Zone.TITLE) out.add(s.index());
            else if (s.zone() == org.peristiwa.report.Zone.BODY) {
                if (body < 2) out.add(s.index());
                body++;
            }
        }
        return body > 3 ? out : java.util.Set.of();
    }

    private static Double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
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

}
