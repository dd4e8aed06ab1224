package org.peristiwa.event.build;

import java.time.LocalDate;
import java.util.List;
import org.peristiwa.event.Modality;
import org.peristiwa.event.ModalityAnnotator;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Evidence;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Token;
import org.peristiwa.report.Zone;
import org.peristiwa.time.DateMention;
import org.peristiwa.time.DurationMention;

/**
 * The event's date: its cluster's own date, else the lead's, else (for a threat or a plan) the date of the sentences
 * before it, else the publication date; and the span a duration implies ("after four days of clashes").
 */
final class EventDate {


    LocalDate read(Report report, Cluster c, EventRecord r) {
        DateMention d = c.date;
        String rule;
        if (d == null && c.modality == Modality.ASSERTED) {
            // the lead's date: the first date in the body that is not background
            for (DateMention dm : report.dates()) {
                Sentence s = report.sentenceAt(dm.span().start());
                if (s == null || s.zone() != Zone.BODY) continue;
                if (report.anchorDate() != null && dm.date().plusDays(ModalityAnnotator.BACKGROUND_DAYS).isBefore(report.anchorDate())) continue;
                d = dm;
                break;
            }
        }
        if (d != null && d.rule().startsWith("date:relative")) {
            // "'…malam ini,' kata warga" beside "Senin (17/4/2017) malam" in the lede: a date the text writes out in the
            // event's own sentences outranks one counted from the publication date
            DateMention written = writtenDateOf(report, c);
            if (written != null) d = written;
        }
        if (d != null) {
            rule = d.rule();
            r.eventDate = d.date().toString();
            r.timePrecision = d.precision();
            if (d.precision() == 3) r.eventDate = d.date().withDayOfMonth(1).toString();
            r.addEvidence("event_date", report.evidence(d.span(), rule));
            r.addEvidence("time_precision", report.evidence(d.span(), rule));
        } else if (c.modality != Modality.ASSERTED && (d = precedingDate(report, c)) != null) {
            // "The new commander also threatened…": said on the occasion the previous sentences date
            r.eventDate = d.date().toString();
            r.timePrecision = Math.max(2, d.precision());
            if (d.precision() == 3) r.eventDate = d.date().withDayOfMonth(1).toString();
            r.addEvidence("event_date", report.evidence(d.span(), d.rule() + "; date of the preceding sentences"));
        } else if (report.anchorDate() != null) {
            // the text dates nothing: ACLED codes the report's date, as approximate
            r.eventDate = report.anchorDate().toString();
            r.timePrecision = 2;
            Evidence e = report.metadata().published != null ? report.metadata().published.evidence().withRule("date:publication-date")
                    : report.evidence(report.sentences().get(c.head(report).sentence()).span(),
                            "date:publication-date " + report.anchorDate() + " (given with the report; the text dates no event)");
            r.addEvidence("event_date", e);
            r.addEvidence("time_precision", e);
        } else {
            return null;
        }
        LocalDate date = LocalDate.parse(r.eventDate);
        // "after four days of clashes" — the event closes a span that began days before
        for (DurationMention dur : report.durations()) {
            Sentence s = report.sentenceAt(dur.span().start());
            if (s == null || !c.sentences.contains(s.index()) || dur.days() < 2) continue;
            r.dateStart = date.minusDays(dur.days() - 1L).toString();
            r.dateEnd = date.toString();
            r.addEvidence("date_start", report.evidence(dur.span(), dur.rule()));
            break;
        }
        return date;
    }


    /** The first date of the event's sentences that the text writes out (not counted from the publication date), or null. */
    private static DateMention writtenDateOf(Report report, Cluster c) {
        for (DateMention dm : report.dates()) {
            Sentence s = report.sentenceAt(dm.span().start());
            if (s == null || !c.sentences.contains(s.index()) || dm.precision() != 1) continue;
            if (dm.rule().startsWith("date:relative") || dm.rule().equals("date:weekday") || isStatementDate(report, s, dm)) continue;
            return dm;
        }
        return null;
    }

    /** The latest date named in the five sentences before the event's first sentence (not the date of a statement). */
    private static DateMention precedingDate(Report report, Cluster c) {
        int first = c.sentences.first();
        DateMention best = null;
        for (DateMention dm : report.dates()) {
            Sentence s = report.sentenceAt(dm.span().start());
            if (s == null || s.index() >= first || s.index() < first - 5 || s.zone() != Zone.BODY) continue;
            if (isStatementDate(report, s, dm)) continue;
            best = dm;
        }
        if (best != null) return best;
        // none nearby: the lead's date, the occasion the report is about
        for (DateMention dm : report.dates()) {
            Sentence s = report.sentenceAt(dm.span().start());
            if (s != null && s.zone() == Zone.BODY && !isStatementDate(report, s, dm)) return dm;
        }
        return null;
    }

    private static final java.util.Set<String> SPEECH_WORDS = java.util.Set.of("said", "says", "told", "kata", "ujar", "tutur",
            "ujarnya", "katanya", "mengatakan", "menyatakan", "menjelaskan", "ungkap", "jelas", "imbuh", "reported", "announced",
            "diberitakan", "dilansir", "dikutip", "melansir", "mengutip", "dilaporkan", "melaporkan");

    /** "bahwa", "that": what was said follows. */
    private static final java.util.Set<String> COMPLEMENTISERS = java.util.Set.of("bahwa", "that");

    /** Words that report, after which a date is the report's: "Diberitakan Reuters, Rabu", "dilansir …, Senin". */
    private static final java.util.Set<String> REPORTING = java.util.Set.of("diberitakan", "dilansir", "dikutip", "melansir",
            "mengutip", "reported");

    /**
     * '…," kata Kabid Humas, Selasa (15/6/2021)', 'Diberitakan Reuters, Rabu (12/4), …': the day something was said
     * or reported — closing the sentence after a speech verb, or right after a reporting word — not an act's date.
     */
    static boolean isStatementDate(Report report, Sentence s, DateMention dm) {
        List<Token> toks = report.tokens();
        int first = -1;
        for (int i = s.firstToken(); i < s.endToken(); i++) if (toks.get(i).start() >= dm.span().start()) { first = i; break; }
        if (first < 0) return false;
        for (int k = Math.max(s.firstToken(), first - 3); k < first; k++) {
            String w = toks.get(k).lower();
            if (REPORTING.contains(w)) return true;
        }
        // "mengatakan dalam sebuah pernyataan pada Sabtu bahwa …", "said in a statement on Saturday that …": the day
        // between a speech verb and what was said is the statement's
        int after = first;
        while (after < s.endToken() && toks.get(after).start() < dm.span().end()) after++;
        if (after < s.endToken() && COMPLEMENTISERS.contains(toks.get(after).lower())) {
            for (int k = Math.max(s.firstToken(), first - 8); k < first; k++) if (SPEECH_WORDS.contains(toks.get(k).lower())) return true;
        }
        if (s.endToken() - first > 6) return false;
        for (int k = Math.max(s.firstToken(), first - 20); k < first; k++) {
            if (SPEECH_WORDS.contains(toks.get(k).lower())) return true;
        }
        return false;
    }

}
