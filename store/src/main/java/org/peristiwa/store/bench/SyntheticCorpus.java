package org.peristiwa.store.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peristiwa.kb.KnowledgeFileException;
import org.peristiwa.kb.Tsv;

/**
 * A deterministic synthetic corpus for testing cross-report merging in the event store: conflict events, each told by
 * one to five reports from different outlets, in English or Indonesian, with paraphrased wording, fatality figures
 * that differ between reports ("at least 5", "seven"), and the date given in different forms (an absolute date, a
 * weekday or "yesterday" relative to a publication date up to two days later, or no date at all when the report
 * appears the same day). About a quarter of the events are deliberate lookalikes of an earlier one: the same sub-type
 * in the same province on the same day in a town 50 km or more away, or in the same town 3 to 14 days apart.
 *
 * <p>The wording is in {@code peristiwa/store/synthetic/templates.tsv}, the towns (real ones, from the project's
 * gazetteer) and actors in {@code peristiwa/store/synthetic/places_actors.tsv}. The same seed gives byte-identical
 * output. {@link #events} also gives each event's truth (what an ACLED coder would record) and how each report tells
 * it; {@link #main} writes a corpus (and optionally its truth) to files.
 */
public final class SyntheticCorpus {

    /** One report as written to the corpus. {@code cluster} names the event it tells: reports of one event share it. */
    public record SyntheticReport(String cluster, String url, String published, String title, String text,
                                  String language) {}

    /**
     * How one report tells its event: the date form ({@code absolute}, {@code weekday}, {@code yesterday} or
     * {@code none}), the words that date it (empty for {@code none}), and the fatality figure it gives (its words and
     * value; empty and 0 for sub-types that kill no one).
     */
    public record Telling(SyntheticReport report, String dateForm, String datePhrase, String figure, int figureValue) {}

    /**
     * One synthetic event: its truth and the reports that tell it. {@code lookalikeOf} is the cluster of the earlier
     * event it resembles ({@code null} if none) and {@code lookalikeKind} how: {@code same-day-other-town} or
     * {@code same-town-other-day}.
     */
    public record SyntheticEvent(String cluster, String eventType, String subEventType, String eventDate,
                                 String country, String admin1, String location, double latitude, double longitude,
                                 String actor1, String actor2, int fatalities, String lookalikeOf,
                                 String lookalikeKind, List<Telling> tellings) {

        public List<SyntheticReport> reports() {
            List<SyntheticReport> out = new ArrayList<>(tellings.size());
            for (Telling t : tellings) out.add(t.report());
            return out;
        }
    }

    static final String TEMPLATES = "store/synthetic/templates.tsv";
    static final String PLACES_ACTORS = "store/synthetic/places_actors.tsv";

    /** Share of events made as a lookalike of an earlier one. */
    private static final double LOOKALIKE_SHARE = 0.25;
    /** Minimum distance between the towns of two same-day lookalikes. */
    private static final double LOOKALIKE_MIN_KM = 50;
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    private static final int DAYS = 5 * 365;

    // ---- the sub-types made, and the roles their actors play --------------------------------------------------------

    private record Kind(String subEventType, String eventType, List<String> roles1, List<String> roles2, int minDead,
                       int maxDead) {
        boolean kills() {
            return maxDead > 0;
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("Armed clash", "Battles", List.of("armed"), List.of("military"), 2, 25),
            new Kind("Attack", "Violence against civilians", List.of("armed"), List.of("civilians"), 2, 20),
            new Kind("Air/drone strike", "Explosions/Remote violence", List.of("air"), List.of("armed", "civilians"), 2, 30),
            new Kind("Shelling/artillery/missile attack", "Explosions/Remote violence", List.of("artillery"),
                    List.of("civilians"), 2, 15),
            new Kind("Remote explosive/landmine/IED", "Explosions/Remote violence", List.of("armed"),
                    List.of("military", "civilians"), 2, 12),
            new Kind("Peaceful protest", "Protests", List.of("protesters"), List.of(), 0, 0),
            new Kind("Protest with intervention", "Protests", List.of("protesters"), List.of("police"), 0, 0),
            new Kind("Arrests", "Strategic developments", List.of("police"), List.of("suspects"), 0, 0),
            new Kind("Abduction/forced disappearance", "Violence against civilians", List.of("armed"),
                    List.of("civilians"), 0, 0),
            new Kind("Mob violence", "Riots", List.of("mob"), List.of("mob_victims"), 2, 4),
            new Kind("Looting/property destruction", "Strategic developments", List.of("armed"),
                    List.of("civilians"), 0, 0));

    private static final Set<String> ROLES = Set.of("armed", "military", "police", "air", "artillery", "civilians",
            "protesters", "mob", "mob_victims", "suspects");

    private record Outlet(String domain, String language) {}

    /** Invented outlets: the domains stand for distinct sources, none is meant to be a real one. */
    private static final List<Outlet> OUTLETS = List.of(
            new Outlet("meridianwire-news.net", "en"), new Outlet("northline-dispatch.com", "en"),
            new Outlet("frontierledger-daily.org", "en"), new Outlet("harbourtimes-world.com", "en"),
            new Outlet("globalpost-monitor.com", "en"), new Outlet("kabarsentana.co.id", "id"),
            new Outlet("wartalintas-nusa.id", "id"), new Outlet("suaratapal-news.com", "id"),
            new Outlet("beritanusa-raya.id", "id"), new Outlet("harianpelita-timur.co.id", "id"));

    private SyntheticCorpus() {}

    // ---- public API -------------------------------------------------------------------------------------------------

    /** The reports of {@code events} synthetic events made from {@code seed}, event by event. */
    public static List<SyntheticReport> generate(long seed, int events) {
        List<SyntheticReport> out = new ArrayList<>();
        for (SyntheticEvent e : events(seed, events)) out.addAll(e.reports());
        return out;
    }

    /** {@code events} synthetic events made from {@code seed}, each with its truth and its reports. */
    public static List<SyntheticEvent> events(long seed, int events) {
        if (events < 0) throw new IllegalArgumentException("events must be >= 0, not " + events);
        return new Generator(Data.get(), new Random(seed)).run(events);
    }

    /** Writes reports as JSON Lines: url, published, title, text, language, cluster; UTF-8, '\n' line ends. */
    public static void write(List<SyntheticReport> reports, Path jsonl) {
        ObjectMapper mapper = new ObjectMapper();
        try (Writer w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (SyntheticReport r : reports) {
                ObjectNode n = mapper.createObjectNode();
                n.put("url", r.url());
                n.put("published", r.published());
                n.put("title", r.title());
                n.put("text", r.text());
                n.put("language", r.language());
                n.put("cluster", r.cluster());
                w.write(mapper.writeValueAsString(n));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + jsonl, e);
        }
    }

    /** Writes each event's truth as one JSON line, with how each of its reports tells it. */
    public static void writeTruth(List<SyntheticEvent> events, Path jsonl) {
        ObjectMapper mapper = new ObjectMapper();
        try (Writer w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (SyntheticEvent e : events) {
                ObjectNode n = mapper.createObjectNode();
                n.put("cluster", e.cluster());
                n.put("event_type", e.eventType());
                n.put("sub_event_type", e.subEventType());
                n.put("event_date", e.eventDate());
                n.put("country", e.country());
                n.put("admin1", e.admin1());
                n.put("location", e.location());
                n.put("latitude", e.latitude());
                n.put("longitude", e.longitude());
                n.put("actor1", e.actor1());
                if (e.actor2() == null) n.putNull("actor2");
                else n.put("actor2", e.actor2());
                n.put("fatalities", e.fatalities());
                if (e.lookalikeOf() == null) n.putNull("lookalike_of");
                else n.put("lookalike_of", e.lookalikeOf());
                if (e.lookalikeKind() == null) n.putNull("lookalike_kind");
                else n.put("lookalike_kind", e.lookalikeKind());
                ArrayNode reports = n.putArray("reports");
                for (Telling t : e.tellings()) {
                    ObjectNode r = reports.addObject();
                    r.put("url", t.report().url());
                    r.put("language", t.report().language());
                    r.put("published", t.report().published());
                    r.put("date_form", t.dateForm());
                    r.put("date_phrase", t.datePhrase());
                    r.put("figure", t.figure());
                    r.put("figure_value", t.figureValue());
                }
                w.write(mapper.writeValueAsString(n));
                w.write('\n');
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + jsonl, ex);
        }
    }

    /** {@code SyntheticCorpus SEED EVENTS OUT.jsonl [TRUTH.jsonl]}: writes a corpus and, if named, its truth. */
    public static void main(String[] args) {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: SyntheticCorpus SEED EVENTS OUT.jsonl [TRUTH.jsonl]");
            System.exit(2);
        }
        List<SyntheticEvent> events = events(Long.parseLong(args[0]), Integer.parseInt(args[1]));
        List<SyntheticReport> reports = new ArrayList<>();
        for (SyntheticEvent e : events) reports.addAll(e.reports());
        write(reports, Path.of(args[2]));
        if (args.length == 4) writeTruth(events, Path.of(args[3]));
        System.err.println(events.size() + " events, " + reports.size() + " reports -> " + args[2]);
    }

    // ---- the generator ----------------------------------------------------------------------------------------------

    private static final class Generator {
        private final Data data;
        private final Random rng;
        private final List<SyntheticEvent> made = new ArrayList<>();
        private final List<Integer> originals = new ArrayList<>();
        private int reportNo;

        Generator(Data data, Random rng) {
            this.data = data;
            this.rng = rng;
        }

        List<SyntheticEvent> run(int n) {
            for (int i = 0; i < n; i++) {
                String cluster = String.format(Locale.ROOT, "ev-%04d", i + 1);
                SyntheticEvent e = null;
                if (!originals.isEmpty() && rng.nextDouble() < LOOKALIKE_SHARE) {
                    e = lookalike(cluster, made.get(originals.get(rng.nextInt(originals.size()))));
                }
                if (e == null) {
                    e = fresh(cluster);
                    originals.add(made.size());
                }
                made.add(e);
            }
            return made;
        }

        private SyntheticEvent fresh(String cluster) {
            Kind kind = KINDS.get(rng.nextInt(KINDS.size()));
            List<Town> towns = new ArrayList<>();
            for (Town t : data.towns) if (data.feasible(kind, t)) towns.add(t);
            Town town;
            LocalDate date;
            int tries = 0;
            do {
                town = towns.get(rng.nextInt(towns.size()));
                date = FIRST_DAY.plusDays(rng.nextInt(DAYS));
            } while (tooClose(town, date) && ++tries < 100);
            return tell(cluster, kind, town, date, null, null);
        }

        /**
         * Whether an event there and then could not be told apart from one made already: within three days and
         * closer than the lookalikes' minimum distance. Only the deliberate lookalikes come that close, and they
         * are then either a day apart and far, or in one town and days apart.
         */
        private boolean tooClose(Town town, LocalDate date) {
            for (SyntheticEvent e : made) {
                long days = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(date, LocalDate.parse(e.eventDate())));
                if (days < 3 && km(town, data.town(e.country(), e.admin1(), e.location())) < LOOKALIKE_MIN_KM) return true;
            }
            return false;
        }

        private SyntheticEvent lookalike(String cluster, SyntheticEvent base) {
            Kind kind = kindOf(base.subEventType());
            Town baseTown = data.town(base.country(), base.admin1(), base.location());
            LocalDate baseDate = LocalDate.parse(base.eventDate());
            if (rng.nextBoolean()) {
                List<Town> far = new ArrayList<>();
                for (Town t : data.towns) {
                    if (t.province() == baseTown.province() && data.feasible(kind, t)
                            && km(t, baseTown) >= LOOKALIKE_MIN_KM) far.add(t);
                }
                if (!far.isEmpty()) {
                    Town t = far.get(rng.nextInt(far.size()));
                    return tooClose(t, baseDate) ? null : tell(cluster, kind, t, baseDate, base.cluster(), "same-day-other-town");
                }
            }
            int shift = 3 + rng.nextInt(12);
            LocalDate date = rng.nextBoolean() ? baseDate.plusDays(shift) : baseDate.minusDays(shift);
            return tooClose(baseTown, date) ? null : tell(cluster, kind, baseTown, date, base.cluster(), "same-town-other-day");
        }

        private SyntheticEvent tell(String cluster, Kind kind, Town town, LocalDate date, String lookalikeOf,
                                    String lookalikeKind) {
            Actor a1 = pick(data.actors(pickRole(kind.roles1(), town), town));
            Actor a2 = kind.roles2().isEmpty() ? null : pick(data.actors(pickRole(kind.roles2(), town), town));
            int dead = kind.kills() ? kind.minDead() + rng.nextInt(kind.maxDead() - kind.minDead() + 1) : 0;
            int nReports = reportCount();
            List<Outlet> outlets = new ArrayList<>(OUTLETS);
            Collections.shuffle(outlets, rng);
            List<Telling> tellings = new ArrayList<>();
            Set<Template> used = new java.util.HashSet<>();   // reports of one event paraphrase each other
            for (int i = 0; i < nReports; i++) {
                tellings.add(report(cluster, kind, town, date, a1, a2, dead, outlets.get(i), used));
            }
            return new SyntheticEvent(cluster, kind.eventType(), kind.subEventType(), date.toString(),
                    town.province().country().name(), town.province().admin1(), town.location(), town.latitude(),
                    town.longitude(), a1.name(), a2 == null ? null : a2.name(), dead, lookalikeOf, lookalikeKind,
                    List.copyOf(tellings));
        }

        private String pickRole(List<String> roles, Town town) {
            List<String> open = new ArrayList<>();
            for (String r : roles) if (!data.actors(r, town).isEmpty()) open.add(r);
            return open.get(rng.nextInt(open.size()));
        }

        private int reportCount() {
            int r = rng.nextInt(100);
            if (r < 20) return 1;
            if (r < 45) return 2;
            if (r < 70) return 3;
            if (r < 85) return 4;
            return 5;
        }

        private Telling report(String cluster, Kind kind, Town town, LocalDate date, Actor a1, Actor a2, int dead,
                               Outlet outlet, Set<Template> used) {
            String lang = outlet.language();
            boolean en = lang.equals("en");
            // how this report dates the event, and when it was published
            int form = rng.nextInt(100);
            String dateForm = form < 35 ? "absolute" : form < 70 ? "weekday" : form < 80 ? "yesterday" : "none";
            int lag = switch (dateForm) {
                case "yesterday" -> 1;
                case "none" -> 0;
                default -> rng.nextInt(3);
            };
            LocalDate published = date.plusDays(lag);
            String datePhrase = datePhrase(dateForm, date, lang);
            Figure figure = kind.kills() ? figure(dead, lang) : new Figure("", 0);

            Map<String, String> values = new LinkedHashMap<>();
            Province p = town.province();
            values.put("town", en ? town.en() : town.id());
            values.put("province", en ? p.en() : p.id());
            values.put("country", en ? p.country().en() : p.country().id());
            boolean withCountry = en ? rng.nextBoolean() : !p.country().name().equals("Indonesia");
            values.put("where", values.get("town") + ", " + values.get("province")
                    + (withCountry ? ", " + values.get("country") : ""));
            values.put("actor1", pick(en ? a1.en() : a1.id()));
            if (a2 != null) values.put("actor2", pick(en ? a2.en() : a2.id()));
            values.put("dead", figure.words());
            values.put("date", datePhrase);
            values.put("weekday", weekday(date.getDayOfWeek(), lang));

            Templates t = data.templates;
            Template title = pickUnused(t.titles(lang, kind.subEventType()), used);
            List<Template> ledes = new ArrayList<>();
            for (Template l : t.ledes(lang, kind.subEventType())) {
                if (!l.has("weekday") || dateForm.equals("weekday")) ledes.add(l);
            }
            Template lede = pickUnused(ledes, used);
            List<Template> bodies = new ArrayList<>(t.bodies(lang, kind.subEventType()));
            Collections.shuffle(bodies, rng);
            int nBodies = Math.min(bodies.size(), 1 + rng.nextInt(3));

            StringBuilder text = new StringBuilder(lede.render(values));
            for (int i = 0; i < nBodies; i++) text.append('\n').append(bodies.get(i).render(values));
            String titleText = title.render(values);
            reportNo++;
            String url = "https://" + outlet.domain() + "/" + published.getYear() + "/" + slug(titleText) + "-" + reportNo;
            SyntheticReport report = new SyntheticReport(cluster, url, published.toString(), titleText,
                    text.toString(), lang);
            return new Telling(report, dateForm, datePhrase.replaceAll("^[, ]+|[, ]+$", ""), figure.words(),
                    figure.value());
        }

        private record Figure(String words, int value) {}

        /** A report's fatality figure: the toll itself, a lower bound ("at least"), or a revised higher toll. */
        private Figure figure(int dead, String lang) {
            boolean en = lang.equals("en");
            int r = rng.nextInt(100);
            if (r < 30) return new Figure(Integer.toString(dead), dead);
            if (r < 50) return new Figure(numberWords(dead, lang), dead);
            if (r < 85) {
                int floor = Math.max(2, dead - rng.nextInt(3));
                String n = rng.nextBoolean() ? Integer.toString(floor) : numberWords(floor, lang);
                String bound = en ? "at least" : rng.nextBoolean() ? "sedikitnya" : "setidaknya";
                return new Figure(bound + " " + n, floor);
            }
            int more = dead + 1 + rng.nextInt(2);
            return new Figure(Integer.toString(more), more);
        }

        private String datePhrase(String form, LocalDate date, String lang) {
            boolean en = lang.equals("en");
            String wd = weekday(date.getDayOfWeek(), lang);
            int d = date.getDayOfMonth(), m = date.getMonthValue(), y = date.getYear();
            switch (form) {
                case "absolute":
                    if (en) {
                        String month = EN_MONTHS[m - 1];
                        return switch (rng.nextInt(3)) {
                            case 0 -> "on " + d + " " + month + " " + y;
                            case 1 -> "on " + month + " " + d + ", " + y;
                            default -> "on " + month + " " + d;
                        };
                    }
                    return switch (rng.nextInt(3)) {
                        case 0 -> "pada " + d + " " + ID_MONTHS[m - 1] + " " + y;
                        case 1 -> ", " + wd + " (" + d + "/" + m + "/" + y + "),";
                        default -> "pada " + wd + " (" + d + "/" + m + "/" + y + ")";
                    };
                case "weekday":
                    if (en) {
                        return switch (rng.nextInt(3)) {
                            case 0 -> "on " + wd;
                            case 1 -> "early on " + wd;
                            default -> "on " + wd + " night";
                        };
                    }
                    return switch (rng.nextInt(3)) {
                        case 0 -> ", " + wd + " (" + d + "/" + m + "),";
                        case 1 -> "pada " + wd;
                        default -> "pada " + wd + " malam";
                    };
                case "yesterday":
                    return en ? "yesterday" : "kemarin";
                default:
                    return "";
            }
        }

        private <T> T pick(List<T> list) {
            return list.get(rng.nextInt(list.size()));
        }

        /** One of the templates no other report of the event used, if any is left; marks it used. */
        private Template pickUnused(List<Template> list, Set<Template> used) {
            List<Template> fresh = new ArrayList<>();
            for (Template x : list) if (!used.contains(x)) fresh.add(x);
            Template chosen = pick(fresh.isEmpty() ? list : fresh);
            used.add(chosen);
            return chosen;
        }
    }

    private static Kind kindOf(String subEventType) {
        for (Kind k : KINDS) if (k.subEventType().equals(subEventType)) return k;
        throw new IllegalArgumentException("not a synthetic sub-type: " + subEventType);
    }

    private static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] ID_MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};
    private static final String[] EN_DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};
    private static final String[] ID_DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] EN_NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty"};
    private static final String[] ID_NUMBERS = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
            "delapan", "sembilan", "sepuluh", "sebelas"};

    private static String weekday(DayOfWeek day, String lang) {
        return (lang.equals("en") ? EN_DAYS : ID_DAYS)[day.getValue() - 1];
    }

    /** A number in words (English up to twenty, Indonesian up to ninety-nine); digits past that. */
    static String numberWords(int n, String lang) {
        if (lang.equals("en")) return n >= 0 && n <= 20 ? EN_NUMBERS[n] : Integer.toString(n);
        if (n < 0 || n > 99) return Integer.toString(n);
        if (n < 12) return ID_NUMBERS[n];
        if (n < 20) return ID_NUMBERS[n - 10] + " belas";
        String tens = ID_NUMBERS[n / 10] + " puluh";
        return n % 10 == 0 ? tens : tens + " " + ID_NUMBERS[n % 10];
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            int cut = s.lastIndexOf('-', 60);
            s = s.substring(0, cut > 20 ? cut : 60);
        }
        return s.isEmpty() ? "report" : s;
    }

    private static double km(Town a, Town b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(h));
    }

    // ---- templates --------------------------------------------------------------------------------------------------

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");
    private static final Set<String> PLACEHOLDERS = Set.of("town", "province", "country", "where", "actor1", "actor2",
            "dead", "date", "weekday");

    /** One template: literal text and placeholders, in order. */
    static final class Template {
        private final List<String> parts = new ArrayList<>();   // even index: literal; odd: placeholder as written
        private final Set<String> names = new LinkedHashSet<>();

        Template(String text, Tsv.Row row) {
            Matcher m = PLACEHOLDER.matcher(text);
            int at = 0;
            while (m.find()) {
                String literal = text.substring(at, m.start());
                checkBraces(literal, row);
                String name = m.group(1);
                String key = Character.toLowerCase(name.charAt(0)) + name.substring(1);
                if (!PLACEHOLDERS.contains(key)) {
                    throw row.error("unknown placeholder {" + name + "} (known: " + String.join(", ",
                            new java.util.TreeSet<>(PLACEHOLDERS)) + ")");
                }
                parts.add(literal);
                parts.add(name);
                names.add(key);
                at = m.end();
            }
            String tail = text.substring(at);
            checkBraces(tail, row);
            parts.add(tail);
        }

        private static void checkBraces(String literal, Tsv.Row row) {
            if (literal.indexOf('{') >= 0 || literal.indexOf('}') >= 0) {
                throw row.error("a brace that opens or closes no placeholder in '" + literal.strip() + "'");
            }
        }

        boolean has(String name) {
            return names.contains(name);
        }

        String render(Map<String, String> values) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                String p = parts.get(i);
                if (i % 2 == 0) {
                    sb.append(p);
                    continue;
                }
                String key = Character.toLowerCase(p.charAt(0)) + p.substring(1);
                String v = values.get(key);
                if (v == null) throw new IllegalStateException("no value for {" + p + "}");
                if (Character.isUpperCase(p.charAt(0)) && !v.isEmpty()) {
                    v = v.substring(0, 1).toUpperCase(Locale.ROOT) + v.substring(1);
                }
                sb.append(v);
            }
            return tidy(sb.toString());
        }
    }

    /** Mends the punctuation an empty or comma-wrapped value leaves: double spaces, ", ,", " .", ",.". */
    static String tidy(String s) {
        String t = s.replaceAll("\\s+", " ");
        String before;
        do {
            before = t;
            t = t.replace(" ,", ",").replace(",,", ",").replace(" .", ".").replace(",.", ".").replace("( ", "(");
        } while (!t.equals(before));
        t = t.strip();
        if (t.startsWith(",")) t = t.substring(1).strip();
        return t.isEmpty() ? t : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }

    /** The templates of templates.tsv, by language, sub-type and part. */
    static final class Templates {
        private final Map<String, List<Template>> byKey = new LinkedHashMap<>();

        private List<Template> get(String lang, String subType, String part) {
            return byKey.getOrDefault(lang + "\t" + subType + "\t" + part, List.of());
        }

        List<Template> titles(String lang, String subType) {
            return get(lang, subType, "title");
        }

        List<Template> ledes(String lang, String subType) {
            return get(lang, subType, "lede");
        }

        List<Template> bodies(String lang, String subType) {
            List<Template> out = new ArrayList<>(get(lang, subType, "body"));
            out.addAll(get(lang, "*", "body"));
            return out;
        }

        int size() {
            int n = 0;
            for (List<Template> l : byKey.values()) n += l.size();
            return n;
        }
    }

    /**
     * Reads and checks a templates file: the columns (language, sub_event_type, part, template), each row's values,
     * its placeholders (known, allowed in its part and sub-type), and that every sub-type has a title and a lede in
     * each language. A problem is reported with the file's name and the line.
     */
    static Templates readTemplates(String name, InputStream in) {
        List<Tsv.Row> rows;
        try {
            rows = Tsv.read(name, in, "language", "sub_event_type", "part", "template");
        } catch (IOException e) {
            throw new KnowledgeFileException(name, 0, "cannot read: " + e.getMessage());
        }
        Templates out = new Templates();
        for (Tsv.Row row : rows) {
            if (row.columns().size() != 4) {
                throw row.error("expected the columns language, sub_event_type, part, template; the header has "
                        + row.columns().size());
            }
            String lang = row.require("language");
            if (!lang.equals("en") && !lang.equals("id")) throw row.error("language must be en or id, not '" + lang + "'");
            String subType = row.require("sub_event_type");
            String part = row.require("part");
            if (!Set.of("title", "lede", "body").contains(part)) {
                throw row.error("part must be title, lede or body, not '" + part + "'");
            }
            Kind kind = null;
            if (subType.equals("*")) {
                if (!part.equals("body")) throw row.error("'*' (any sub-type) is for body sentences only");
            } else {
                for (Kind k : KINDS) if (k.subEventType().equals(subType)) kind = k;
                if (kind == null) throw row.error("'" + subType + "' is not a sub-type the generator makes");
            }
            Template t = new Template(row.require("template"), row);
            boolean dated = t.has("date") || t.has("weekday");
            if (part.equals("lede")) {
                if (!dated) throw row.error("a lede needs {date} or {weekday}");
                if (t.has("date") && t.has("weekday")) throw row.error("a lede has {date} or {weekday}, not both");
            } else if (dated) {
                throw row.error("only a lede may date the event ({date}, {weekday})");
            }
            boolean kills = kind != null && kind.kills();
            if (t.has("dead") && !kills) throw row.error("{dead} in a sub-type that kills no one");
            if (part.equals("lede") && kills && !t.has("dead")) throw row.error("a lede of " + subType + " needs {dead}");
            if (part.equals("body") && t.has("dead")) throw row.error("only a lede or a title may give {dead}");
            if (t.has("actor2") && (kind == null || kind.roles2().isEmpty())) {
                throw row.error("{actor2} where the sub-type has no second actor");
            }
            out.byKey.computeIfAbsent(lang + "\t" + subType + "\t" + part, k -> new ArrayList<>()).add(t);
        }
        for (Kind k : KINDS) {
            for (String lang : List.of("en", "id")) {
                if (out.titles(lang, k.subEventType()).isEmpty()) {
                    throw new KnowledgeFileException(name, 0, "no " + lang + " title for " + k.subEventType());
                }
                boolean dateLede = false;
                for (Template t : out.ledes(lang, k.subEventType())) dateLede |= t.has("date");
                if (!dateLede) {
                    throw new KnowledgeFileException(name, 0, "no " + lang + " lede with {date} for " + k.subEventType());
                }
            }
        }
        return out;
    }

    // ---- places and actors ------------------------------------------------------------------------------------------

    record Country(String name, String en, String id) {}

    record Province(Country country, String admin1, String en, String id) {}

    record Town(Province province, String location, String en, String id, double latitude, double longitude) {}

    record Actor(String name, List<String> en, List<String> id) {}

    private record ActorRow(String role, String where, Actor actor) {}

    /** The data files, read once. */
    static final class Data {
        private static volatile Data instance;

        final Templates templates;
        final List<Town> towns = new ArrayList<>();
        private final Map<String, Country> countries = new LinkedHashMap<>();
        private final Map<String, Province> provinces = new LinkedHashMap<>();
        private final List<ActorRow> actors = new ArrayList<>();

        private Data(Templates templates) {
            this.templates = templates;
        }

        static Data get() {
            Data d = instance;
            if (d == null) {
                synchronized (Data.class) {
                    d = instance;
                    if (d == null) {
                        try (InputStream t = resource(TEMPLATES); InputStream pa = resource(PLACES_ACTORS)) {
                            d = new Data(readTemplates("/peristiwa/" + TEMPLATES, t));
                            d.readPlacesActors("/peristiwa/" + PLACES_ACTORS, pa);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        instance = d;
                    }
                }
            }
            return d;
        }

        private static InputStream resource(String name) {
            InputStream in = SyntheticCorpus.class.getResourceAsStream("/peristiwa/" + name);
            if (in == null) throw new KnowledgeFileException("/peristiwa/" + name, 0, "missing from the classpath");
            return in;
        }

        /** Reads places_actors.tsv (see its header): countries, provinces, towns and actors, each checked. */
        void readPlacesActors(String name, InputStream in) {
            List<Tsv.Row> rows;
            try {
                rows = Tsv.read(name, in, "kind", "where", "name", "en", "id", "latitude", "longitude");
            } catch (IOException e) {
                throw new KnowledgeFileException(name, 0, "cannot read: " + e.getMessage());
            }
            for (Tsv.Row row : rows) {
                String kind = row.require("kind");
                String where = row.require("where");
                switch (kind) {
                    case "country" -> countries.put(where, new Country(where, row.require("en"), row.require("id")));
                    case "province" -> {
                        int slash = where.indexOf('/');
                        Country c = slash < 0 ? null : countries.get(where.substring(0, slash));
                        if (c == null) throw row.error("a province's 'where' is country/admin1 of a country above");
                        provinces.put(where, new Province(c, where.substring(slash + 1), row.require("en"),
                                row.require("id")));
                    }
                    case "town" -> {
                        Province p = provinces.get(where);
                        if (p == null) throw row.error("no province row for '" + where + "' above");
                        towns.add(new Town(p, row.require("name"), row.require("en"), row.require("id"),
                                row.requireDouble("latitude", -90, 90), row.requireDouble("longitude", -180, 180)));
                    }
                    default -> {
                        if (!ROLES.contains(kind)) {
                            throw row.error("kind must be country, province, town or an actor role "
                                    + new java.util.TreeSet<>(ROLES) + ", not '" + kind + "'");
                        }
                        if (!where.equals("*") && !countries.containsKey(where) && !provinces.containsKey(where)) {
                            throw row.error("'" + where + "' is no country or province above");
                        }
                        List<String> en = row.list("en"), id = row.list("id");
                        if (en.isEmpty() || id.isEmpty()) throw row.error("an actor needs en and id names");
                        actors.add(new ActorRow(kind, where, new Actor(row.require("name"), en, id)));
                    }
                }
            }
            if (towns.isEmpty()) throw new KnowledgeFileException(name, 0, "no towns");
            for (Kind k : KINDS) {
                boolean somewhere = false;
                for (Town t : towns) somewhere |= feasible(k, t);
                if (!somewhere) throw new KnowledgeFileException(name, 0, "no town has actors for " + k.subEventType());
            }
        }

        List<Actor> actors(String role, Town town) {
            String country = town.province().country().name();
            String province = country + "/" + town.province().admin1();
            List<Actor> out = new ArrayList<>();
            for (ActorRow a : actors) {
                if (a.role().equals(role) && (a.where().equals("*") || a.where().equals(country)
                        || a.where().equals(province))) out.add(a.actor());
            }
            return out;
        }

        boolean feasible(Kind kind, Town town) {
            boolean any1 = false;
            for (String r : kind.roles1()) any1 |= !actors(r, town).isEmpty();
            boolean any2 = kind.roles2().isEmpty();
            for (String r : kind.roles2()) any2 |= !actors(r, town).isEmpty();
            return any1 && any2;
        }

        Town town(String country, String admin1, String location) {
            for (Town t : towns) {
                if (t.province().country().name().equals(country) && t.province().admin1().equals(admin1)
                        && t.location().equals(location)) return t;
            }
            throw new IllegalStateException("no town " + location + " in " + admin1 + ", " + country);
        }
    }
}
