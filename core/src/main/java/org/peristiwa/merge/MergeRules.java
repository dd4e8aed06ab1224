package org.peristiwa.merge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.peristiwa.geo.Geo;
import org.peristiwa.kb.Tsv;

/**
 * Whether two mentions may tell one event, and why (or why not). Two mentions may when they are both events of
 * the same kind of modality, their sub-types are the same or often confused (a group in
 * {@code merge/subtype-groups.tsv}), their dates overlap within their precision, their places are the same or
 * near at the precision they are known to, and they name no different particular actors. The thresholds live in
 * {@code merge/merge-rules.tsv}.
 */
public final class MergeRules {

    /** The thresholds, read from {@code merge-rules.tsv}. */
    public record Settings(int daySlack, int weekDays, int monthDays, double townKm, double nearKm, int candidateDays,
                           List<String> genericActors, List<String> stateActors) {}

    /** The outcome of comparing two mentions: linked or not, a score that orders links (higher first), the reason. */
    public record Comparison(boolean linked, double score, String reason) {}

    private static volatile MergeRules standard;

    private final Settings settings;
    private final Map<String, Set<String>> groups;

    public MergeRules(Settings settings, Map<String, Set<String>> groups) {
        this.settings = settings;
        this.groups = groups;
    }

    public static MergeRules standard() {
        MergeRules r = standard;
        if (r == null) {
            synchronized (MergeRules.class) {
                if (standard == null) standard = new MergeRules(settings(Tsv.resource("merge/merge-rules.tsv", "setting", "value")),
                        groups(Tsv.resource("merge/subtype-groups.tsv", "group", "sub_event_type")));
                r = standard;
            }
        }
        return r;
    }

    /** The standard sub-type groups with a user's own thresholds file. */
    public static MergeRules withSettings(Path file) {
        return new MergeRules(settings(Tsv.file(file, "setting", "value")), standard().groups);
    }

    public Settings settings() {
        return settings;
    }

    static Settings settings(List<Tsv.Row> rows) {
        Map<String, Tsv.Row> byName = new HashMap<>();
        for (Tsv.Row r : rows) byName.put(r.require("setting"), r);
        return new Settings(intOf(byName, rows, "day_slack", 0, 30), intOf(byName, rows, "week_days", 0, 30),
                intOf(byName, rows, "month_days", 0, 60), doubleOf(byName, rows, "town_km", 0, 1000),
                doubleOf(byName, rows, "near_km", 0, 1000), intOf(byName, rows, "candidate_days", 1, 365),
                need(byName, rows, "generic_actors").list("value"),
                need(byName, rows, "state_actors").get("value").isEmpty() ? List.of()
                        : java.util.Arrays.stream(need(byName, rows, "state_actors").get("value").split("\\|")).filter(x -> !x.isBlank()).toList());
    }

    private static Tsv.Row need(Map<String, Tsv.Row> byName, List<Tsv.Row> rows, String name) {
        Tsv.Row r = byName.get(name);
        if (r == null) {
            String file = rows.isEmpty() ? "merge rules" : rows.get(0).file();
            throw new org.peristiwa.kb.KnowledgeFileException(file, 0, "no row for setting '" + name + "'");
        }
        return r;
    }

    private static int intOf(Map<String, Tsv.Row> m, List<Tsv.Row> rows, String name, int min, int max) {
        return need(m, rows, name).requireInt("value", min, max);
    }

    private static double doubleOf(Map<String, Tsv.Row> m, List<Tsv.Row> rows, String name, double min, double max) {
        return need(m, rows, name).requireDouble("value", min, max);
    }

    static Map<String, Set<String>> groups(List<Tsv.Row> rows) {
        Map<String, Set<String>> bySubType = new HashMap<>();
        Map<String, Set<String>> byGroup = new HashMap<>();
        for (Tsv.Row r : rows) byGroup.computeIfAbsent(r.require("group"), k -> new HashSet<>()).add(r.require("sub_event_type"));
        for (Set<String> members : byGroup.values()) {
            for (String s : members) bySubType.computeIfAbsent(s, k -> new HashSet<>()).addAll(members);
        }
        return bySubType;
    }

    /** Whether two mentions are close enough in country and time to be compared at all (the store's search). */
    public boolean candidates(Mention a, Mention b) {
        if (a.country() == null || !a.country().equals(b.country())) return false;
        LocalDate da = a.date(), db = b.date();
        return da != null && db != null && Math.abs(ChronoUnit.DAYS.between(da, db)) <= settings.candidateDays();
    }

    public Comparison compare(Mention a, Mention b) {
        if (a.reportId().equals(b.reportId())) return no("both come from one report, which told them as separate events");
        if (modalityGroup(a) != modalityGroup(b)) return no("one is " + a.modality().code() + ", the other " + b.modality().code());
        if (!modalityGroup(a).equals("event")) return no("only reported events merge (" + a.modality().code() + ")");
        // sub-type
        double score = 0;
        List<String> why = new ArrayList<>();
        String sa = a.subEventType(), sb = b.subEventType();
        if (sa == null || sb == null) return no("a sub-type is missing");
        if (sa.equals(sb)) {
            score += 1;
            why.add("same sub-type (" + sa + ")");
        } else if (groups.getOrDefault(sa, Set.of()).contains(sb)) {
            score += 0.5;
            why.add("sub-types often confused (" + sa + " / " + sb + ")");
        } else {
            return no("different sub-types (" + sa + " / " + sb + ")");
        }
        boolean sameDay = a.date() != null && a.date().equals(b.date());
        // date
        LocalDate[] ra = a.dateRange(settings), rb = b.dateRange(settings);
        if (ra == null || rb == null) return no("a date is missing");
        long gap = Math.max(ChronoUnit.DAYS.between(ra[1], rb[0]), ChronoUnit.DAYS.between(rb[1], ra[0]));
        if (gap > settings.daySlack()) {
            return no("dates too far apart (" + a.record().eventDate + " / " + b.record().eventDate + ")");
        }
        score += sameDay ? 1 : 0.5;
        why.add(sameDay ? "same date (" + a.record().eventDate + ")" : "dates overlap within their precision ("
                + a.record().eventDate + " / " + b.record().eventDate + ")");
        // place
        String place = place(a, b, sa.equals(sb) && sameDay);
        if (place.startsWith("!")) return no(place.substring(1));
        score += place.startsWith("same") ? 1 : 0.5;
        why.add(place);
        // actors
        String actors = actors(a, b);
        if (actors.startsWith("!")) return no(actors.substring(1));
        if (!actors.isEmpty()) {
            score += 0.5;
            why.add(actors);
        }
        return new Comparison(true, score, String.join("; ", why));
    }

    private static Comparison no(String reason) {
        return new Comparison(false, 0, reason);
    }

    private static String modalityGroup(Mention m) {
        return m.modality() == null ? "none" : m.modality().isAcledEvent() ? "event" : m.modality().code();
    }

    /**
     * "same …" or "near …" when compatible, "!…" (the reason) when not. A place known only to its province may be any
     * place in it: it links only to the same sub-type on the same day (else every report from a province would join
     * up); a mention with no place at all links to nothing.
     */
    private String place(Mention a, Mention b, boolean sameActSameDay) {
        if (a.country() == null || !a.country().equals(b.country())) {
            return "!different countries (" + a.country() + " / " + b.country() + ")";
        }
        String la = a.location(), lb = b.location();
        if (la == null || lb == null || a.admin1() == null || b.admin1() == null) return "!a place not known";
        int pa = a.geoPrecision(), pb = b.geoPrecision();
        if (la.equalsIgnoreCase(lb)) return "same place (" + la + ")";
        if (pa <= 2 && pb <= 2 && a.hasPoint() && b.hasPoint()) {
            double km = Geo.distanceKm(a.record().latitude, a.record().longitude, b.record().latitude, b.record().longitude);
            double limit = pa == 1 && pb == 1 ? settings.townKm() : settings.nearKm();
            String d = String.format(Locale.ROOT, "%.0f km", km);
            return km <= limit ? "near places (" + la + " / " + lb + ", " + d + ")"
                    : "!places too far apart (" + la + " / " + lb + ", " + d + ")";
        }
        if (!a.admin1().equals(b.admin1())) return "!different provinces (" + a.admin1() + " / " + b.admin1() + ")";
        return sameActSameDay ? "same province (" + a.admin1() + "), one place known only to the province"
                : "!one place known only to the province (" + a.admin1() + "), and not the same act on the same day";
    }

    /**
     * "" when either names no particular actor; "!…" when both name two particular actors (a full dyad) and share
     * none (two clashes in one town on one day between other groups are two events); otherwise the actor they share,
     * or "" (one outlet names the attacker, another blames someone else: reports disagree more often than events
     * coincide).
     */
    private String actors(Mention a, Mention b) {
        Set<String> na = named(a), nb = named(b);
        if (na.isEmpty() || nb.isEmpty()) return "";
        for (String x : na) if (nb.contains(x)) return "shared actor (" + x + ")";
        if (na.size() < 2 || nb.size() < 2) return "";
        return "!different actors (" + String.join(", ", new java.util.TreeSet<>(na)) + " / "
                + String.join(", ", new java.util.TreeSet<>(nb)) + ")";
    }

    /**
     * The particular actors a mention names: without the years and country ACLED appends, a state's forces and
     * government as one ("state of Syria").
     */
    Set<String> named(Mention m) {
        Set<String> out = new HashSet<>();
        for (String actor : new String[] {m.record().actor1, m.record().actor2}) {
            if (actor == null || actor.isBlank() || isGeneric(actor)) continue;
            int paren = actor.indexOf(" (");
            String name = paren > 0 ? actor.substring(0, paren) : actor;
            for (String prefix : settings.stateActors()) {
                if (name.startsWith(prefix)) {
                    name = "state of " + name.substring(prefix.length());
                    break;
                }
            }
            out.add(name);
        }
        return out;
    }

    public boolean isGeneric(String actor) {
        for (String g : settings.genericActors()) if (actor.startsWith(g)) return true;
        return false;
    }
}
