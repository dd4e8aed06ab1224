package org.peristiwa.event;

import java.util.ArrayList;
import java.util.List;
import org.peristiwa.report.Report;
import org.peristiwa.time.DateMention;

/**
 * Groups event mentions into events. Mentions that are reported as having happened join the event with the
 * same date (a mention without a date of its own joins the first such event: in a news report the other
 * sentences elaborate its lead). Threats, plans, denials and background events stay apart from the news;
 * an undated one joins the nearest preceding event of the same modality.
 */
final class EventClusterer {

    /** How many sentences back an undated threat or background mention may reach to join an event. */
    private static final int NEAR = 2;

    List<Cluster> cluster(Report report, List<EventMention> mentions) {
        List<Cluster> out = new ArrayList<>();
        for (EventMention m : mentions) {
            DateMention date = ModalityAnnotator.dateOf(report, report.sentences().get(m.sentence()));
            Modality family = family(m.modality());
            Cluster target = null;
            if (family == Modality.ASSERTED) {
                for (Cluster c : out) {
                    if (family(c.modality) != Modality.ASSERTED) continue;
                    if (date == null || c.date == null || sameDay(date, c.date)) {
                        target = c;
                        break;
                    }
                }
            } else {
                for (int k = out.size() - 1; k >= 0 && target == null; k--) {
                    Cluster c = out.get(k);
                    if (c.modality != m.modality()) continue;
                    if (date != null ? c.date != null && sameDay(date, c.date) : m.sentence() - c.sentences.last() <= NEAR) target = c;
                }
            }
            if (target == null) {
                target = new Cluster(family == Modality.ASSERTED ? Modality.ASSERTED : m.modality(), date);
                out.add(target);
            } else if (target.date == null && date != null) {
                target.date = date;
            }
            target.add(m);
        }
        return out;
    }

    private static Modality family(Modality m) {
        return m == Modality.CLAIMED ? Modality.ASSERTED : m;
    }

    private static boolean sameDay(DateMention a, DateMention b) {
        if (a.precision() == 3 || b.precision() == 3) {
            return a.date().getYear() == b.date().getYear() && a.date().getMonth() == b.date().getMonth();
        }
        return Math.abs(a.date().toEpochDay() - b.date().toEpochDay()) <= 1;
    }
}
