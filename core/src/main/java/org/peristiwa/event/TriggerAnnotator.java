package org.peristiwa.event;

import java.util.ArrayList;
import java.util.List;
import org.peristiwa.report.Component;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Span;
import org.peristiwa.report.Token;
import org.peristiwa.text.PhraseIndex;

/**
 * Finds the words that report events, from the trigger lexicon, in the title and body (not in headings,
 * which announce a section rather than report). When a phrase has several entries, the strongest one whose
 * context holds wins ("seized" + "weapons" is a seizure of arms, "seized" + "town" a territory change).
 */
public final class TriggerAnnotator implements Component {

    private final TriggerLexicon lexicon;

    public TriggerAnnotator(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "triggers";
    }

    @Override
    public void process(Report report) {
        String lang = lexiconLanguage(report.language());
        List<EventMention> out = new ArrayList<>();
        List<Token> toks = report.tokens();
        PhraseIndex<TriggerLexicon.Entry> roots = report.stems().isEmpty() ? null : lexicon.rootIndex(lang);
        for (Sentence s : report.sentences()) {
            if (!s.zone().bearsEvents()) continue;
            List<PhraseIndex.Match<TriggerLexicon.Entry>> matches = new java.util.ArrayList<>(lexicon.index(lang).findAll(toks, s.firstToken(), s.endToken()));
            if (roots != null) matches = withRoots(matches, roots.findAll(report.stems(), s.firstToken(), s.endToken()));
            for (PhraseIndex.Match<TriggerLexicon.Entry> m : matches) {
                int from = Math.max(s.firstToken(), m.start() - TriggerLexicon.WINDOW);
                int to = Math.min(s.endToken(), m.end() + TriggerLexicon.WINDOW);
                TriggerLexicon.Entry best = null;
                for (TriggerLexicon.Entry e : m.values()) {
                    if (!holds(lang, e, toks, from, m.start(), m.end(), to)) continue;
                    if (best == null || e.weight() > best.weight()) best = e;
                }
                if (best == null) continue;
                Span span = new Span(toks.get(m.start()).start(), toks.get(m.end() - 1).end());
                if (inDate(report, span)) continue;   // "since March", "pada Mei": a month, not a march
                out.add(new EventMention(span, s.index(), m.start(), m.end(), best.type(), best.weight(),
                        Modality.ASSERTED, null, "lexicon:" + lang + ":" + best.phrase() + "(line " + best.line() + ")"));
            }
        }
        report.setEventMentions(out);
    }

    /** Root-word matches where no surface entry matched (a listed form is more specific than its root). */
    private static List<PhraseIndex.Match<TriggerLexicon.Entry>> withRoots(List<PhraseIndex.Match<TriggerLexicon.Entry>> surface,
                                                                         List<PhraseIndex.Match<TriggerLexicon.Entry>> roots) {
        List<PhraseIndex.Match<TriggerLexicon.Entry>> out = new java.util.ArrayList<>(surface);
        for (PhraseIndex.Match<TriggerLexicon.Entry> r : roots) {
            boolean covered = false;
            for (PhraseIndex.Match<TriggerLexicon.Entry> m : surface) {
                if (r.start() < m.end() && m.start() < r.end()) covered = true;
            }
            if (!covered) out.add(r);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Whether the entry's context holds in the words around the trigger (not counting the trigger itself). */
    private boolean holds(String lang, TriggerLexicon.Entry e, List<Token> toks, int from, int start, int end, int to) {
        for (String cls : e.needs()) {
            if (!lexicon.classNear(lang, cls, toks, from, start) && !lexicon.classNear(lang, cls, toks, end, to)) return false;
        }
        for (String cls : e.unless()) {
            if (lexicon.classNear(lang, cls, toks, from, start) || lexicon.classNear(lang, cls, toks, end, to)) return false;
        }
        for (String cls : e.unlessBefore()) {
            if (start > from && lexicon.classNear(lang, cls, toks, start - 1, start)) return false;
        }
        return true;
    }

    public static String lexiconLanguage(String lang) {
        return switch (lang) {
            case "id", "ms" -> "id";
            default -> "en";
        };
    }

    private static boolean inDate(Report report, Span span) {
        for (org.peristiwa.time.DateMention d : report.dates()) {
            if (d.span().start() < span.end() && span.start() < d.span().end()) return true;
        }
        return false;
    }
}
