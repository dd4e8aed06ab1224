package org.peristiwa.eval;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.peristiwa.Extractor;
import org.peristiwa.record.EventRecord;
import org.peristiwa.record.ReportJson;
import org.peristiwa.report.Report;

/**
 * Scores the extractor against gold events (PRODUCT.md, "Evaluation protocol"). Field accuracies compare each
 * gold event with its matching predicted event (for a one-event report, the main event); a blank gold cell is
 * not scored. {@code event_f1} counts, per report, gold and predicted ACLED events that agree on event_type and
 * (where both have one) date.
 */
public final class Evaluator {

    static final String NONE = "NONE";
    private static final String[] STRING_FIELDS = {"actor1", "actor2", "country", "admin1", "location"};
    private static final String[] INT_FIELDS = {"inter1", "inter2", "fatalities"};

    /** Gives the report (with its events) that a gold document's first row is scored against. */
    private final java.util.function.Function<GoldRow, Report> predictor;

    public Evaluator(Extractor extractor) {
        this(first -> extractor.extract(first.text(), "row " + first.row(), first.publicationDate()));
    }

    /** Scores events that come from elsewhere: records read back from an export, another system's output. */
    public Evaluator(java.util.function.Function<GoldRow, Report> predictor) {
        this.predictor = predictor;
    }

    private static final class Tally {
        int right, total;

        void add(boolean ok) {
            total++;
            if (ok) right++;
        }

        double value() {
            return total == 0 ? 0 : (double) right / total;
        }
    }

    public Map<String, Object> evaluate(List<GoldRow> rows, Writer errors) throws IOException {
        Map<String, List<GoldRow>> docs = new LinkedHashMap<>();
        for (GoldRow r : rows) docs.computeIfAbsent(r.docId(), k -> new ArrayList<>()).add(r);

        Map<String, Tally> t = new LinkedHashMap<>();
        for (String k : new String[] {"relevance", "event_type", "sub_event_type", "event_date", "fatalities", "actor1",
                "actor2", "inter1", "inter2", "country", "admin1", "location", "location_within_25km"}) {
            t.put(k, new Tally());
        }
        List<String[]> subTypePairs = new ArrayList<>();
        int tp = 0, fp = 0, fn = 0;
        long nanos = 0;
        int failed = 0;
        for (List<GoldRow> doc : docs.values()) {
            GoldRow first = doc.get(0);
            long t0 = System.nanoTime();
            Report report;
            try {
                report = predictor.apply(first);
            } catch (RuntimeException e) {
                // a bug must not abort the run: the report counts as failed (no events) and is named on stderr
                failed++;
                System.err.println("peristiwa: row " + first.row() + " (" + first.docId() + "): internal error (" + e + "); counted as failed");
                report = new Report(Extractor.reportId(first.text()), "row " + first.row(), first.text());
            }
            nanos += System.nanoTime() - t0;
            List<EventRecord> predicted = report.events().stream().filter(EventRecord::isAcledEvent).toList();

            boolean goldRelevant = doc.stream().anyMatch(r -> !r.gold("event_type").isEmpty() && !r.gold("event_type").equalsIgnoreCase(NONE));
            boolean anyTypeGold = doc.stream().anyMatch(r -> !r.gold("event_type").isEmpty());
            if (anyTypeGold) {
                boolean ok = goldRelevant == !predicted.isEmpty();
                t.get("relevance").add(ok);
                if (!ok) error(errors, first, "relevance", goldRelevant, !predicted.isEmpty(), report);
            }
            Set<EventRecord> used = new HashSet<>();
            for (GoldRow g : doc) {
                boolean goldNone = g.gold("event_type").equalsIgnoreCase(NONE);
                EventRecord p = goldNone ? null : match(g, predicted, used, doc.size() == 1);
                if (p != null) used.add(p);
                String pType = goldNone ? (predicted.isEmpty() ? NONE : predicted.get(0).eventType) : p == null ? NONE : p.eventType;
                String pSub = goldNone ? (predicted.isEmpty() ? NONE : predicted.get(0).subEventType) : p == null ? NONE : p.subEventType;
                if (!g.gold("event_type").isEmpty()) compare(t, errors, g, report, "event_type", g.gold("event_type"), pType);
                if (!g.gold("sub_event_type").isEmpty()) {
                    compare(t, errors, g, report, "sub_event_type", g.gold("sub_event_type"), pSub);
                    subTypePairs.add(new String[] {g.gold("sub_event_type"), pSub});
                }
                if (goldNone) continue;
                LocalDate gd = g.gold("event_date").isEmpty() ? null : GoldDates.parse(g.gold("event_date"));
                if (gd != null) compare(t, errors, g, report, "event_date", gd.toString(), p == null ? null : p.eventDate);
                for (String f : STRING_FIELDS) {
                    if (!g.gold(f).isEmpty()) compare(t, errors, g, report, f, g.gold(f), p == null ? null : stringField(p, f));
                }
                for (String f : INT_FIELDS) {
                    if (!g.gold(f).isEmpty()) compare(t, errors, g, report, f, g.gold(f), p == null ? null : String.valueOf(intField(p, f)));
                }
                Double glat = num(g.gold("latitude")), glon = num(g.gold("longitude"));
                if (glat != null && glon != null) {
                    boolean ok = p != null && p.latitude != null && org.peristiwa.geo.Geo.distanceKm(glat, glon, p.latitude, p.longitude) <= 25;
                    t.get("location_within_25km").add(ok);
                    if (!ok) error(errors, g, "location_within_25km", glat + "," + glon,
                            p == null || p.latitude == null ? null : p.latitude + "," + p.longitude, report);
                }
            }
            // event-level F1 over all gold and predicted events of the report
            List<GoldRow> goldEvents = doc.stream().filter(r -> !r.gold("event_type").isEmpty() && !r.gold("event_type").equalsIgnoreCase(NONE)).toList();
            Set<EventRecord> matched = new HashSet<>();
            for (GoldRow g : goldEvents) {
                LocalDate gd = g.gold("event_date").isEmpty() ? null : GoldDates.parse(g.gold("event_date"));
                EventRecord hit = null;
                for (EventRecord p : predicted) {
                    if (matched.contains(p) || !g.gold("event_type").equalsIgnoreCase(p.eventType)) continue;
                    if (gd != null && p.eventDate != null && !gd.toString().equals(p.eventDate)) continue;
                    hit = p;
                    break;
                }
                if (hit != null) {
                    matched.add(hit);
                    tp++;
                } else {
                    fn++;
                }
            }
            fp += predicted.size() - matched.size();
        }

        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("relevance_accuracy", round(t.get("relevance").value()));
        metrics.put("event_type_accuracy", round(t.get("event_type").value()));
        metrics.put("sub_event_type_accuracy", round(t.get("sub_event_type").value()));
        Map<String, Map<String, Object>> perClass = perClass(subTypePairs);
        metrics.put("sub_event_type_weighted_f1", round(weightedF1(perClass)));
        metrics.put("sub_event_type_macro_f1", round(macroF1(perClass)));
        metrics.put("event_date_accuracy", round(t.get("event_date").value()));
        metrics.put("fatalities_accuracy", round(t.get("fatalities").value()));
        for (String f : new String[] {"actor1", "actor2", "inter1", "inter2", "country", "admin1", "location"}) {
            metrics.put(f + "_accuracy", round(t.get(f).value()));
        }
        metrics.put("location_within_25km", round(t.get("location_within_25km").value()));
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp), recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        metrics.put("event_f1", round(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)));

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", rows.size());
        out.put("reports", docs.size());
        out.put("failed_reports", failed);
        out.put("metrics", metrics);
        out.put("per_class", perClass);
        Map<String, Integer> support = new LinkedHashMap<>();
        for (Map.Entry<String, Tally> e : t.entrySet()) support.put(e.getKey(), e.getValue().total);
        out.put("scored", support);
        out.put("reports_per_second", Math.round(docs.size() / Math.max(1e-9, nanos / 1e9) * 10) / 10.0);
        return out;
    }

    /** The predicted event for a gold row: the main (first) event of a one-event report, else same type and date. */
    private static EventRecord match(GoldRow g, List<EventRecord> predicted, Set<EventRecord> used, boolean single) {
        if (predicted.isEmpty()) return null;
        if (single) return predicted.get(0);
        LocalDate gd = GoldDates.parse(g.gold("event_date"));
        EventRecord best = null;
        int bestScore = -1;
        for (EventRecord p : predicted) {
            if (used.contains(p)) continue;
            int score = (g.gold("event_type").equalsIgnoreCase(p.eventType) ? 2 : 0)
                    + (gd != null && gd.toString().equals(p.eventDate) ? 1 : 0);
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    private static void compare(Map<String, Tally> t, Writer errors, GoldRow g, Report report, String field, String gold, String predicted)
            throws IOException {
        boolean ok = predicted != null && gold.trim().equalsIgnoreCase(predicted.trim());
        t.get(field).add(ok);
        if (!ok) error(errors, g, field, gold, predicted, report);
    }

    private static void error(Writer errors, GoldRow g, String field, Object gold, Object predicted, Report report) throws IOException {
        if (errors == null) return;
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("row", g.row());
        e.put("doc_id", g.docId());
        e.put("field", field);
        e.put("gold", gold);
        e.put("predicted", predicted);
        e.put("gold_sub_event_type", g.gold("sub_event_type"));
        e.put("text", g.text());
        e.put("events", report.events());
        errors.write(ReportJson.mapper().writeValueAsString(e));
        errors.write('\n');
    }

    private static String stringField(EventRecord p, String f) {
        return switch (f) {
            case "actor1" -> p.actor1;
            case "actor2" -> p.actor2 == null ? "" : p.actor2;
            case "country" -> p.country;
            case "admin1" -> p.admin1;
            default -> p.location;
        };
    }

    private static Integer intField(EventRecord p, String f) {
        return switch (f) {
            case "inter1" -> p.inter1;
            case "inter2" -> p.inter2 == null ? 0 : p.inter2;
            default -> p.fatalities;
        };
    }

    private static Map<String, Map<String, Object>> perClass(List<String[]> pairs) {
        Set<String> labels = new TreeSet<>();
        for (String[] p : pairs) {
            labels.add(p[0]);
            labels.add(p[1]);
        }
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (String l : labels) {
            int tp = 0, fp = 0, fn = 0, support = 0;
            for (String[] p : pairs) {
                boolean g = p[0].equalsIgnoreCase(l), pr = p[1].equalsIgnoreCase(l);
                if (g) support++;
                if (g && pr) tp++;
                else if (pr) fp++;
                else if (g) fn++;
            }
            double prec = tp + fp == 0 ? 0 : (double) tp / (tp + fp), rec = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("precision", round(prec));
            m.put("recall", round(rec));
            m.put("f1", round(prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec)));
            m.put("support", support);
            out.put(l, m);
        }
        return out;
    }

    /** Over the gold classes that are sub-types (NONE, "no ACLED event", is a class of its own and not averaged in). */
    private static double weightedF1(Map<String, Map<String, Object>> perClass) {
        double sum = 0;
        int n = 0;
        for (Map.Entry<String, Map<String, Object>> e : perClass.entrySet()) {
            if (e.getKey().equalsIgnoreCase(NONE)) continue;
            Map<String, Object> m = e.getValue();
            int s = (Integer) m.get("support");
            sum += s * (Double) m.get("f1");
            n += s;
        }
        return n == 0 ? 0 : sum / n;
    }

    private static double macroF1(Map<String, Map<String, Object>> perClass) {
        double sum = 0;
        int n = 0;
        for (Map.Entry<String, Map<String, Object>> e : perClass.entrySet()) {
            if (e.getKey().equalsIgnoreCase(NONE)) continue;
            Map<String, Object> m = e.getValue();
            if ((Integer) m.get("support") == 0) continue;
            sum += (Double) m.get("f1");
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    private static Double num(String s) {
        if (s.isEmpty()) return null;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
