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

    private final Map<String, PhraseIndex<Cue>> cues = new HashMap<>();

    public ModalityAnnotator() {
        for (Tsv.Row row : Tsv.resource("event/modality.tsv", "lang", "modality", "position", "reach", "cues")) {
            Modality m;
            try {
                m = Modality.of(row.require("modality"));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown modality '" + row.get("modality") + "'");
            }
            Cue cue = new Cue(m, row.requireInt("reach", 1, 20));
            PhraseIndex<Cue> idx = cues.computeIfAbsent(row.require("lang"), k -> new PhraseIndex<>());
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
                DateMention d = dateOf(report, s);
                LocalDate anchor = report.anchorDate();
                if (d != null && anchor != null && d.date().plusDays(BACKGROUND_DAYS).isBefore(anchor)) {
                    result = result.withModality(Modality.BACKGROUND, d.span(), "background:dated " + d.date() + " before publication " + anchor);
                }
            }
            out.add(result);
        }
        report.setEventMentions(recalled(report, out));
    }

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
            DateMention d = m.modality() == Modality.ASSERTED ? dateOf(report, s) : null;
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
        return out;
    }

    /**
     * "hendak mencuri sepeda motor tewas setelah dihakimi": a modal governs the first verb after it, so a verb in
     * between (an Indonesian me-/di-/ber- form) shields the trigger from it.
     */
    private static boolean governsOtherVerb(List<Token> toks, int from, int trigger, String lang) {
        if (!lang.equals("id") || !isVerbForm(toks.get(trigger).lower())) return false;   // a noun is governed through its verb
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
