package org.peristiwa.event.build;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.peristiwa.event.EventMention;
import org.peristiwa.event.Modality;
import org.peristiwa.report.Report;
import org.peristiwa.report.Zone;
import org.peristiwa.time.DateMention;

/** The mentions of one event: its modality, its own date when the text gives one, and the sentences it spans. */
final class Cluster {

    final Modality modality;
    DateMention date;
    final List<EventMention> mentions = new ArrayList<>();
    final TreeSet<Integer> sentences = new TreeSet<>();
    /** Set by the builder: {@link #context(Report, java.util.Set)}. */
    java.util.SortedSet<Integer> context = new TreeSet<>();

    Cluster(Modality modality, DateMention date) {
        this.modality = modality;
        this.date = date;
    }

    /**
     * The sentences that tell this event: its own, the body sentences between them that report no other event
     * (quotes and details that elaborate the lead: "…including Brigade 559 HQ," an activist told ARA News), and
     * those that follow it until another event's.
     */
    java.util.SortedSet<Integer> context(Report report, java.util.Set<Integer> otherEvents) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>(sentences);
        for (int i = sentences.first(); i <= sentences.last(); i++) {
            if (!otherEvents.contains(i) && report.sentences().get(i).zone() == Zone.BODY) out.add(i);
        }
        // and the sentences after it up to the next event's ("… clashed in Kunduz. 2 fatalities.")
        for (int i = sentences.last() + 1; i < report.sentences().size(); i++) {
            if (otherEvents.contains(i) || report.sentences().get(i).zone() != Zone.BODY) break;
            out.add(i);
        }
        return out;
    }

    void add(EventMention m) {
        mentions.add(m);
        sentences.add(m.sentence());
    }

    /**
     * The strongest mention (the first of equals): the one whose sentence supplies the event's arguments.
     * A title's trigger counts for a little less than the body's: titles compress and drop the context.
     */
    EventMention head(Report report) {
        EventMention best = null;
        double bestWeight = Double.NEGATIVE_INFINITY;   // a title's instrument word can weigh below zero
        int lead = -1;
        for (EventMention m : mentions) {
            if (report.sentences().get(m.sentence()).zone() == Zone.BODY && m.modality() != Modality.CLAIMED) {
                lead = m.sentence();
                break;
            }
        }
        for (EventMention m : mentions) {
            String prev = m.firstToken() > 0 ? report.tokens().get(m.firstToken() - 1).lower() : "";
            // "… using small arms fire", "with mortars": the instrument of an act named by another word
            boolean instrument = prev.equals("using") || prev.equals("with") || prev.equals("dengan") || prev.equals("menggunakan");
            double w = m.weight() - (report.sentences().get(m.sentence()).zone() == Zone.TITLE ? 1.5 : 0) - (instrument ? 3 : 0)
                    + (m.sentence() == lead ? 1 : 0) - (m.modality() == Modality.CLAIMED ? 2 : 0);
            if (w > bestWeight) {
                best = m;
                bestWeight = w;
            }
        }
        return best;
    }
}
