package org.peristiwa.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peristiwa.kb.Tsv;
import org.peristiwa.pipeline.Component;
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
    static final int BACKGROUND_DAYS = 45;

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
                if (inDate(report, toks.get(c.start()))) continue;
                for (Cue cue : c.values()) {
                    if (m.firstToken() - c.end() <= cue.reach() && (bestMatch == null || c.start() >= bestMatch.start())) {
                        bestMatch = c;
                        best = cue;
                    }
                }
            }
            if (best != null) {
                Span cueSpan = new Span(toks.get(bestMatch.start()).start(), toks.get(bestMatch.end() - 1).end());
                result = m.withModality(best.modality(), cueSpan, "modality-cue:" + cueSpan.of(report.text()));
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
        report.setEventMentions(out);
    }

    private static boolean inDate(Report r, Token t) {
        for (DateMention d : r.dates()) if (d.span().contains(t.start())) return true;
        return false;
    }

    static DateMention dateOf(Report r, Sentence s) {
        for (DateMention d : r.dates()) if (s.span().contains(d.span())) return d;
        return null;
    }
}
