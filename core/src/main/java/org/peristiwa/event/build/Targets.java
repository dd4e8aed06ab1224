package org.peristiwa.event.build;

import java.util.List;
import org.peristiwa.event.EventMention;
import org.peristiwa.event.WordClasses;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Span;
import org.peristiwa.report.Token;
import org.peristiwa.report.Zone;
import org.peristiwa.text.PhraseIndex;

/** What was hit or taken: the nouns a report enumerates ("including …", "yakni …") or the target after the trigger. */
final class Targets {

    private final WordClasses classes = WordClasses.standard();

    void read(Report report, Cluster c, String lang, EventRecord r) {
        List<Token> toks = report.tokens();
        for (int si : c.context) {
            Sentence s = report.sentences().get(si);
            if (s.zone() == Zone.TITLE) continue;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                String w = toks.get(i).lower();
                if (!(w.equals("including") || w.equals("termasuk") || w.equals("yakni") || w.equals("namely"))) continue;
                List<PhraseIndex.Match<String>> nouns = classes.all(lang, "targets", toks, Math.max(s.firstToken(), i - 8), i);
                if (nouns.isEmpty()) continue;
                addTarget(report, r, toks, lang, s, nouns.get(0), "targets:noun-before-" + w);
                int start = i + 1;
                for (int k = i + 1; k <= s.endToken(); k++) {
                    String t = k < s.endToken() ? toks.get(k).lower() : ".";
                    boolean sep = t.equals(",") || t.equals("dan") || t.equals("and") || t.equals(".") || t.equals("\"")
                            || t.equals("\u201d") || t.equals(";");
                    if (!sep) continue;
                    if (k > start && k - start <= 6) {
                        String item = new Span(toks.get(start).start(), toks.get(k - 1).end()).of(report.text());
                        if (!r.targets.contains(item)) {
                            r.targets.add(item);
                            r.addEvidence("targets", report.evidence(toks.get(start).start(), toks.get(k - 1).end(), "targets:enumeration-after-" + w));
                        }
                    }
                    start = k + 1;
                    if (t.equals(".") || t.equals("\"") || t.equals("\u201d") || t.equals(";")) break;
                }
            }
        }
        if (!r.targets.isEmpty()) return;
        // otherwise the target nouns after the head trigger ("attacked a checkpoint", "menyerang pos polisi")
        EventMention head = c.head(report);
        Sentence s = report.sentences().get(head.sentence());
        for (PhraseIndex.Match<String> m : classes.all(lang, "targets", toks, head.endToken(), Math.min(s.endToken(), head.endToken() + 6))) {
            addTarget(report, r, toks, lang, s, m, "targets:noun-after-trigger");
            break;
        }
    }

    /** A target noun phrase: the noun, a count or article before it, and up to two modifiers after it. */
    private void addTarget(Report report, EventRecord r, List<Token> toks, String lang, Sentence s, PhraseIndex.Match<String> m, String rule) {
        int from = m.start(), to = m.end();
        if (from > s.firstToken() && isCount(toks.get(from - 1))) from--;
        while (to < s.endToken() && to < m.end() + 2 && toks.get(to).isWord() && !toks.get(to).isCapitalised()
                && !classes.any(lang, "locative", toks, to, to + 1) && toks.get(to).lower().length() > 3) to++;
        String item = new Span(toks.get(from).start(), toks.get(to - 1).end()).of(report.text());
        if (r.targets.contains(item)) return;
        r.targets.add(item);
        r.addEvidence("targets", report.evidence(toks.get(from).start(), toks.get(to - 1).end(), rule));
    }

    private static boolean isCount(Token t) {
        return Character.isDigit(t.lower().charAt(0)) || List.of("a", "an", "the", "two", "three", "four", "dua", "tiga", "empat",
                "sebuah", "beberapa", "several").contains(t.lower());
    }

}
