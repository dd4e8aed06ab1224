package org.peristiwa.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peristiwa.kb.Tsv;
import org.peristiwa.report.Component;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Span;
import org.peristiwa.report.Token;
import org.peristiwa.text.PhraseIndex;
import org.peristiwa.time.DateMention;

/**
 * Sets each trigger's modality: a cue before it in its sentence ("threatened to", "mengancam akan", "dapat
 * memungkinkan", "membantah", "tidak") within the cue's reach — the nearest cue wins — and, for an asserted
 * act, a date in its sentence long before the publication date makes it {@code background}.
 */
public final class ModalityAnnotator implements Component {

    /** An act dated this many days or more before the publication date is recalled, not reported. */
    public static final int BACKGROUND_DAYS = 45;

    private record Cue(Modality modality, int reach) {}

    /** How far after an act its cues are looked for: the longest reach (20) and a cue's words. */
    private static final int AFTER_WINDOW = 28;

    private final Map<String, PhraseIndex<Cue>> cues = new HashMap<>();
    /** Cues that follow the act they change: "a rape allegation", "the murder case". */
    private final Map<String, PhraseIndex<Cue>> cuesAfter = new HashMap<>();

    public ModalityAnnotator() {
        for (Tsv.Row row : Tsv.resource("event/modality.tsv", "lang", "modality", "position", "reach", "cues")) {
            Modality m;
            try {
                m = Modality.of(row.require("modality"));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown modality '" + row.get("modality") + "'");
            }
            Cue cue = new Cue(m, row.requireInt("reach", 1, 20));
            String position = row.require("position");
            if (!position.equals("before") && !position.equals("after")) throw row.error("position must be before or after, not '" + position + "'");
            PhraseIndex<Cue> idx = (position.equals("before") ? cues : cuesAfter).computeIfAbsent(row.require("lang"), k -> new PhraseIndex<>());
            for (String c : row.list("cues")) idx.add(c, cue);
        }
    }

    @Override
    public String name() {
        return "modality";
    }

    @Override
    public void process(Report report) {
        String lang = TriggerAnnotator.lexiconLanguage(report.language());
        PhraseIndex<Cue> idx = cues.get(lang);
        List<Token> toks = report.tokens();
        List<EventMention> out = new ArrayList<>();
        for (EventMention m : report.eventMentions()) {
            Sentence s = report.sentences().get(m.sentence());
            EventMention result = m;
            // nearest cue before the trigger whose reach covers it
            PhraseIndex.Match<Cue> bestMatch = null;
            Cue best = null;
            for (PhraseIndex.Match<Cue> c : idx.findAll(toks, s.firstToken(), m.firstToken())) {
                if (inDate(report, toks.get(c.start())) || monthMay(toks, c.start())) continue;
                if (governsOtherVerb(toks, c.end(), m.firstToken(), lang)) continue;
                for (Cue cue : c.values()) {
                    // the nearest cue wins, except that a threat keeps its modal verbs ("warned that officers would arrest")
                    boolean threatHeld = best != null && best.modality() == Modality.THREATENED && cue.modality() != Modality.NEGATED;
                    if (m.firstToken() - c.end() <= cue.reach() && !threatHeld && (bestMatch == null || c.start() >= bestMatch.start())) {
                        bestMatch = c;
                        best = cue;
                    }
                }
            }
            if (best == null) {
                PhraseIndex<Cue> after = cuesAfter.get(lang);
                if (after != null) {
                    // a cue starts within its reach (at most 20) of the act and is a few words long
                    int to = Math.min(s.endToken(), m.endToken() + AFTER_WINDOW);
                    for (PhraseIndex.Match<Cue> c : after.findAll(toks, m.endToken(), to)) {
                        for (Cue cue : c.values()) {
                            if (c.start() - m.endToken() < cue.reach() && (bestMatch == null || c.start() < bestMatch.start())) {
                                bestMatch = c;
                                best = cue;
                            }
                        }
                    }
                }
            }
            if (best != null) {
                Span cueSpan = new Span(toks.get(bestMatch.start()).start(), toks.get(bestMatch.end() - 1).end());
                Modality modality = best.modality();
                // "suami saya akan dibunuh kalau uang tidak dibayar": a future act on a condition is a threat
                if ((modality == Modality.PLANNED || modality == Modality.HYPOTHETICAL) && conditionFollows(toks, m, s)) {
                    modality = Modality.THREATENED;
                }
                result = m.withModality(modality, cueSpan, "modality-cue:" + cueSpan.of(report.text()));
            }
            if (result.modality() == Modality.ASSERTED) {
                for (org.peristiwa.attribution.Attribution a : report.attributions()) {
                    if (a.scope().equals(s.span()) && "perpetrator_affiliated".equals(a.source().kind())) {
                        result = result.withModality(Modality.CLAIMED, a.cue(), "claimed:only " + a.source().name() + " says so");
                    }
                }
            }
            if (result.modality() == Modality.ASSERTED || result.modality() == Modality.CLAIMED) {
                DateMention d = dateOf(report, s, m);
                LocalDate anchor = report.anchorDate();
                if (d != null && anchor != null && d.date().plusDays(BACKGROUND_DAYS).isBefore(anchor)) {
                    result = result.withModality(Modality.BACKGROUND, d.span(), "background:dated " + d.date() + " before publication " + anchor);
                }
            }
            out.add(result);
        }
        report.setEventMentions(recalled(report, out));
    }

    /** Words that, right after an act, place it in the past: "last month", "beberapa waktu lalu", "years ago". */
    private static final java.util.Set<String> RECALLED_AFTER = java.util.Set.of("last", "earlier", "previously", "ago", "lalu",
            "sebelumnya", "silam");

    private static final java.util.Set<String> RECALL_CUES = java.util.Set.of("after", "since", "following", "previously",
            "earlier", "setelah", "sejak", "sebelumnya", "pasca", "menyusul");

    /**
     * Acts the report recalls rather than reports: dated in an earlier month than the publication ("last month",
     * "in April"), or dated before the lead's event and introduced as what came before ("a week after gunmen
     * killed a teacher on 8 April", "sejak", "sebelumnya").
     */
    private static List<EventMention> recalled(Report report, List<EventMention> mentions) {
        LocalDate anchor = report.anchorDate();
        DateMention lead = null;
        for (EventMention m : mentions) {
            Sentence s = report.sentences().get(m.sentence());
            if (m.modality() == Modality.ASSERTED && s.zone() == org.peristiwa.report.Zone.BODY) {
                lead = dateOf(report, s);
                if (lead != null) break;
            }
        }
        List<EventMention> out = new ArrayList<>();
        List<Token> toks = report.tokens();
        for (EventMention m : mentions) {
            Sentence s = report.sentences().get(m.sentence());
            DateMention d = m.modality() == Modality.ASSERTED ? dateOf(report, s, m) : null;
            if (d != null && anchor != null && d.precision() == 3
                    && d.date().withDayOfMonth(1).isBefore(anchor.withDayOfMonth(1))) {
                m = m.withModality(Modality.BACKGROUND, d.span(), "background:month before publication");
            } else if (d != null && lead != null && d.precision() < 3 && d.date().isBefore(lead.date().minusDays(14))) {
                m = m.withModality(Modality.BACKGROUND, d.span(), "background:dated weeks before the lead's " + lead.date());
            } else if (d != null && lead != null && d.precision() < 3 && d.date().isBefore(lead.date().minusDays(1))) {
                for (int k = s.firstToken(); k < m.firstToken(); k++) {
                    if (RECALL_CUES.contains(toks.get(k).lower())) {
                        m = m.withModality(Modality.BACKGROUND, toks.get(k).span(), "background:recalled before the lead's " + lead.date());
                        break;
                    }
                }
            }
            if (m.modality() == Modality.ASSERTED) {
                // "the scene of a deadly 2017 chemical weapons attack", "serangan bom Bali 2002": an act named by its year
                Token year = yearNaming(toks, s, m);
                if (year != null && (anchor == null || Integer.parseInt(year.lower()) < anchor.getYear())) {
                    m = m.withModality(Modality.BACKGROUND, year.span(), "background:an act named by its year " + year.surface());
                }
            }
            if (m.modality() == Modality.ASSERTED) {
                // "demo berujung ricuh beberapa waktu lalu", "demonstrators killed last month": placed in the past right after the act
                for (int k = m.endToken(); k < Math.min(s.endToken(), m.endToken() + 4); k++) {
                    String w = toks.get(k).lower();
                    if (RECALLED_AFTER.contains(w) && !(w.equals("last") && k + 1 < s.endToken() && toks.get(k + 1).lower().equals("night"))) {
                        m = m.withModality(Modality.BACKGROUND, toks.get(k).span(), "background:recalled ('" + toks.get(k).surface() + "' after the act)");
                        break;
                    }
                }
            }
            if (m.modality() == Modality.ASSERTED && d == null) {
                // "Unjuk rasa serupa sebelumnya juga digelar di Jayapura…", "similar protests were held previously"
                for (int k = Math.max(s.firstToken(), m.firstToken() - 3); k < Math.min(s.endToken(), m.endToken() + 3); k++) {
                    String w = toks.get(k).lower();
                    if (w.equals("sebelumnya") || w.equals("previously") || w.equals("serupa") || w.equals("similar")) {
                        m = m.withModality(Modality.BACKGROUND, toks.get(k).span(), "background:an earlier act of the same kind");
                        break;
                    }
                }
            }
            out.add(m);
        }
        return sameActAsRecalled(report, out);
    }

    /**
     * The kind of act a trigger names, coarsely, from the taxonomy: a protest, a riot, a strategic development, or
     * violence (battles, explosions and violence against civilians alike, which one report may name either way).
     */
    private static String kind(String type) {
        if (type.startsWith("@")) return type.equals("@protest") ? "Protests" : "violence";
        Taxonomy.SubType t = Taxonomy.standard().subType(type);
        if (t == null) return type;
        String e = t.eventType();
        return e.equals("Protests") || e.equals("Riots") || e.equals("Strategic developments") ? e : "violence";
    }

    /**
     * "Sebelumnya, kerusuhan terjadi akibat serangan bunuh diri pada Rabu (31/5)" … "keprihatinan tentang serangan
     * Rabu": an act of the same kind on the same day as one the report recalls is that act, recalled again.
     */
    private static List<EventMention> sameActAsRecalled(Report report, List<EventMention> mentions) {
        // the recalled acts' days, read once: most reports recall none
        List<EventMention> recalled = new ArrayList<>();
        List<DateMention> recalledDays = new ArrayList<>();
        for (EventMention b : mentions) {
            if (b.modality() != Modality.BACKGROUND) continue;
            DateMention bd = dateOf(report, report.sentences().get(b.sentence()), b);
            if (bd == null || bd.precision() != 1) continue;
            recalled.add(b);
            recalledDays.add(bd);
        }
        if (recalled.isEmpty()) return mentions;
        List<EventMention> out = new ArrayList<>(mentions.size());
        for (EventMention m : mentions) {
            if (m.modality() == Modality.ASSERTED) {
                DateMention d = dateOf(report, report.sentences().get(m.sentence()), m);
                for (int i = 0; d != null && d.precision() == 1 && i < recalled.size(); i++) {
                    EventMention b = recalled.get(i);
                    if (b.sentence() == m.sentence() || !kind(b.type()).equals(kind(m.type()))
                            || !recalledDays.get(i).date().equals(d.date())) continue;
                    m = m.withModality(Modality.BACKGROUND, d.span(), "background:the act recalled in sentence " + (b.sentence() + 1)
                            + ", on the same day");
                    break;
                }
            }
            out.add(m);
        }
        return out;
    }

    /**
     * A year that names the act its trigger belongs to: within three words before the trigger ("a deadly 2017
     * chemical attack") or right after it ("bom Bali 2002"), with nothing but adjectives or names between.
     */
    private static Token yearNaming(List<Token> toks, Sentence s, EventMention m) {
        for (int k = Math.max(s.firstToken(), m.firstToken() - 3); k < Math.min(s.endToken(), m.endToken() + 2); k++) {
            if (k >= m.firstToken() && k < m.endToken()) continue;
            Token t = toks.get(k);
            if (!isYear(t)) continue;
            // "in 2017" before the trigger dates a clause, not the act's name; "on 3 May 2017" is a date
            String prev = k > s.firstToken() ? toks.get(k - 1).lower() : "";
            if (prev.equals("in") || prev.equals("since") || prev.equals("pada") || prev.equals("tahun") || prev.equals("sejak")
                    || Character.isLetter(prev.isEmpty() ? ' ' : prev.charAt(0)) && isMonth(prev)) continue;
            if (k > m.endToken() + 1) continue;
            return t;
        }
        return null;
    }

    private static boolean isYear(Token t) {
        String w = t.lower();
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
    }

    private static final java.util.Set<String> MONTHS = java.util.Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "januari", "februari", "maret", "mei", "juni", "juli", "agustus", "oktober",
            "desember", "okt", "agu", "des");

    private static boolean isMonth(String w) {
        return MONTHS.contains(w);
    }

    /**
     * "hendak mencuri sepeda motor tewas setelah dihakimi": a modal governs the first verb after it, so a verb in
     * between (an Indonesian me-/di-/ber- form) shields the trigger from it.
     */
    private static boolean governsOtherVerb(List<Token> toks, int from, int trigger, String lang) {
        if (!lang.equals("id") || !isVerbForm(toks.get(trigger).lower())) return false;   // a noun is governed through its verb
        // "akan memboikot pemilu dan menggelar aksi": the modal governs both verbs of a coordination
        String before = trigger > from ? toks.get(trigger - 1).lower() : "";
        if (before.equals("dan") || before.equals("serta") || before.equals("atau")) return false;
        for (int k = from; k < trigger; k++) {
            String w = toks.get(k).lower();
            if (LIGHT_VERBS.contains(w)) continue;
            if (w.length() >= 6 && (w.startsWith("me") || w.startsWith("di") || w.startsWith("ber"))
                    && !w.equals("dengan") && !w.equals("diri") && !w.equals("dalam")) return true;
        }
        return false;
    }

    private static final java.util.Set<String> LIGHT_VERBS = java.util.Set.of("melancarkan", "melakukan", "menggelar",
            "mengadakan", "menjalankan", "melaksanakan");

    private static boolean isVerbForm(String w) {
        return w.length() >= 5 && (w.startsWith("me") || w.startsWith("di") || w.startsWith("ber") || w.startsWith("ter"));
    }

    private static final java.util.Set<String> CONDITIONS = java.util.Set.of("if", "unless", "kalau", "jika", "apabila", "bila", "kecuali");

    private static boolean conditionFollows(List<Token> toks, EventMention m, Sentence s) {
        for (int k = m.endToken(); k < Math.min(s.endToken(), m.endToken() + 6); k++) {
            if (CONDITIONS.contains(toks.get(k).lower())) return true;
        }
        return false;
    }

    private static boolean inDate(Report r, Token t) {
        for (DateMention d : r.dates()) if (d.span().contains(t.start())) return true;
        return false;
    }

    /**
     * The date of a trigger's act: of the dates in its sentence, the one nearest to it ("gathered on Sunday, … the
     * bloodiest episode of their campaign on Saturday"), the first one when they are equally near.
     */
    public static DateMention dateOf(Report r, Sentence s, EventMention m) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : r.dates()) {
            if (!s.span().contains(d.span())) continue;
            int distance = d.span().end() <= m.span().start() ? m.span().start() - d.span().end()
                    : d.span().start() >= m.span().end() ? d.span().start() - m.span().end() : 0;
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    public static DateMention dateOf(Report r, Sentence s) {
        for (DateMention d : r.dates()) if (s.span().contains(d.span())) return d;
        return null;
    }
    /** "On 4 May": the month, next to a day number, even where no date could be read (no year, no anchor). */
    private static boolean monthMay(List<Token> toks, int i) {
        if (!toks.get(i).surface().equals("May")) return false;
        return i > 0 && Character.isDigit(toks.get(i - 1).surface().charAt(0))
                || i + 1 < toks.size() && Character.isDigit(toks.get(i + 1).surface().charAt(0));
    }

}
