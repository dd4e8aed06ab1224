package org.peristiwa.kb;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peristiwa.text.PhraseIndex;

/**
 * The actor codebook: named actors with their aliases ({@code kb/actors.tsv}), generic roles that combine with a
 * country ({@code kb/roles.tsv}: "tentara Suriah" → Military Forces of Syria), and the government periods
 * that state-force names carry ({@code kb/state_periods.tsv}: Syria 2000- → "Military Forces of Syria (2000-)").
 */
public final class ActorCodebook {

    /** A named actor; {@code name} may hold "{country}" for groups that ACLED qualifies by country. */
    public record NamedActor(String name, int inter, String country) {}

    /** A generic role: its key, its ACLED category, and its name template ("Protesters ({country})"). */
    public record Role(String role, int inter, String template) {}

    /** ACLED's name for one state's forces acting in another country (kb/foreign_forces.tsv). */
    public record ForeignForce(String forceCountry, String eventCountry, String name, int inter) {}

    /** A government period of one country. {@code to} is null while it lasts. */
    public record StatePeriod(String country, LocalDate from, LocalDate to, String label) {}

    private final PhraseIndex<Object> index = new PhraseIndex<>();
    private final Map<String, List<StatePeriod>> periods = new HashMap<>();
    private final Map<String, Role> rolesByKey = new HashMap<>();
    private final List<NamedActor> named = new ArrayList<>();
    private final java.util.Set<String> articleCountries = new java.util.HashSet<>();
    private final Map<String, ForeignForce> foreign = new HashMap<>();
    private final Map<String, ForeignForce> unidentified = new HashMap<>();
    private final Map<String, Belligerents> belligerents = new HashMap<>();

    /** The standing sides of a conflict, as name templates (kb/default_belligerents.tsv); actor2 may be empty. */
    public record Belligerents(String actor1, int inter1, String actor2, int inter2) {}

    /** The sides ACLED records for unattributed {@code subType} in {@code country}, or null. */
    public Belligerents belligerents(String country, String subType) {
        return belligerents.get(country + "\t" + subType);
    }

    private static volatile ActorCodebook standard;

    public static ActorCodebook standard() {
        ActorCodebook c = standard;
        if (c == null) {
            synchronized (ActorCodebook.class) {
                if (standard == null) {
                    standard = new ActorCodebook(Tsv.resource("kb/actors.tsv", "name", "inter", "country", "aliases"),
                            Tsv.resource("kb/roles.tsv", "role", "inter", "name", "words"),
                            Tsv.resource("kb/state_periods.tsv", "country", "from", "to", "period"),
                            Tsv.resource("kb/article_countries.tsv", "country"),
                            Tsv.resource("kb/foreign_forces.tsv", "force_country", "event_country", "name", "inter"),
                            Tsv.resource("kb/unidentified_actors.tsv", "country", "sub_event_type", "name", "inter"),
                            Tsv.resource("kb/default_belligerents.tsv", "country", "sub_event_type", "actor1", "inter1", "actor2", "inter2"));
                }
                c = standard;
            }
        }
        return c;
    }

    public ActorCodebook(List<Tsv.Row> actorRows, List<Tsv.Row> roleRows, List<Tsv.Row> periodRows, List<Tsv.Row> articleRows,
                         List<Tsv.Row> foreignRows, List<Tsv.Row> unidentifiedRows, List<Tsv.Row> belligerentRows) {
        for (Tsv.Row row : belligerentRows) {
            belligerents.put(row.require("country") + "\t" + row.require("sub_event_type"), new Belligerents(row.require("actor1"),
                    row.requireInt("inter1", 1, 8), row.get("actor2"), row.requireInt("inter2", 0, 8)));
        }
        for (Tsv.Row row : unidentifiedRows) {
            unidentified.put(row.require("country") + "\t" + row.require("sub_event_type"),
                    new ForeignForce(row.require("country"), row.require("country"), row.require("name"), row.requireInt("inter", 1, 8)));
        }
        for (Tsv.Row row : foreignRows) {
            ForeignForce f = new ForeignForce(row.require("force_country"), row.require("event_country"), row.require("name"),
                    row.requireInt("inter", 1, 8));
            foreign.put(f.forceCountry() + "\t" + f.eventCountry(), f);
        }
        for (Tsv.Row row : articleRows) articleCountries.add(row.require("country"));
        for (Tsv.Row row : actorRows) {
            NamedActor a = new NamedActor(row.require("name"), row.requireInt("inter", 1, 8), row.get("country"));
            named.add(a);
            index.add(a.name().replace("({country})", "").trim(), a);
            for (String alias : row.list("aliases")) index.add(alias, a);
        }
        for (Tsv.Row row : roleRows) {
            Role r = new Role(row.require("role"), row.requireInt("inter", 1, 8), row.require("name"));
            // several rows may share a role key (one per language, or one per state unit); the first names the role
            rolesByKey.putIfAbsent(r.role(), r);
            for (String w : row.list("words")) index.add(w, r);
        }
        for (Tsv.Row row : periodRows) {
            try {
                LocalDate from = LocalDate.parse(row.require("from"));
                LocalDate to = row.get("to").isEmpty() ? null : LocalDate.parse(row.get("to"));
                String label = row.require("period");
                if (!label.matches("\\d{4}-(\\d{4})?")) throw row.error("period must look like 2014- or 2014-2019, not '" + label + "'");
                periods.computeIfAbsent(row.require("country"), k -> new ArrayList<>())
                        .add(new StatePeriod(row.require("country"), from, to, label));
            } catch (DateTimeParseException e) {
                throw row.error("dates must be yyyy-mm-dd: " + e.getParsedString());
            }
        }
    }

    /** Aliases of named actors and role words, for matching in text. Values are {@link NamedActor} or {@link Role}. */
    public PhraseIndex<Object> index() {
        return index;
    }

    /** ACLED's name for {@code forceCountry}'s forces in {@code eventCountry}, or null. */
    public ForeignForce foreignForce(String forceCountry, String eventCountry) {
        return foreign.get(forceCountry + "\t" + eventCountry);
    }

    /** ACLED's name for an unidentified perpetrator of {@code subType} in {@code country} (kb/unidentified_actors.tsv), or null. */
    public ForeignForce unidentified(String country, String subType) {
        ForeignForce f = unidentified.get(country + "\t" + subType);
        return f != null ? f : unidentified.get(country + "\t*");
    }

    public Role role(String key) {
        return rolesByKey.get(key);
    }

    /**
     * The label of the government period in force in {@code country} on {@code date}, as ACLED wrote it at the
     * time of the event: open-ended ("2000-") even when the period has since closed ("2000-2024"). Null when
     * the codebook has no period for that country and date.
     */
    public String period(String country, LocalDate date) {
        List<StatePeriod> list = periods.get(country);
        if (list == null) return null;
        StatePeriod best = null;
        for (StatePeriod p : list) {
            boolean in = date == null ? p.to() == null
                    : !date.isBefore(p.from()) && (p.to() == null || date.isBefore(p.to()));
            if (in && (best == null || p.from().isAfter(best.from()))) best = p;
        }
        if (best == null) return null;
        return best.label().substring(0, best.label().indexOf('-') + 1);
    }

    /** Fills a name template with a country and the government period valid on the date. */
    public String fill(String template, String country, LocalDate date) {
        String name = template;
        if (name.contains("{country}")) {
            // with the country unknown, "Protesters ({country})" is still "Protesters"; a state's forces need it
            if (country == null) return name.endsWith(" ({country})") ? name.replace(" ({country})", "") : null;
            String written = articleCountries.contains(country) && name.contains("of {country}") ? "the " + country : country;
            name = name.replace("{country}", written);
        }
        if (name.contains("{period}")) {
            String p = period(country, date);
            name = p == null ? name.replace(" ({period})", "").replace("{period}", "") : name.replace("{period}", p);
        }
        return name;
    }
}
