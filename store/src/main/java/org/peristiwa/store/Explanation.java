package org.peristiwa.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peristiwa.merge.Clustering;
import org.peristiwa.merge.Mention;

/**
 * Why an event's mentions are one event: the links between them (each with the rules' reason), and the near
 * misses: stored mentions compared with one of the event's and kept apart, with the reason (a rule that refused
 * the link, or a link refused because the merged event would hold a pair that may not merge).
 */
public record Explanation(String eventId, List<Mention> mentions, List<Line> links, List<Line> nearMisses) {

    /** One comparison: the two mention ids, whether it linked, and why. */
    public record Line(String a, String b, boolean linked, String reason) {}

    static Explanation of(String eventId, List<Mention> own, Collection<Mention> around, Clustering clustering) {
        Set<String> ids = new HashSet<>();
        for (Mention m : own) ids.add(m.id());
        List<Line> links = new ArrayList<>(), misses = new ArrayList<>();
        for (Clustering.Link l : clustering.cluster(around).links()) {
            boolean inA = ids.contains(l.a().id()), inB = ids.contains(l.b().id());
            if (!inA && !inB) continue;
            if (inA && inB) {
                links.add(new Line(l.a().id(), l.b().id(), l.comparison().linked(), l.comparison().reason()));
            } else {
                String why = l.comparison().linked()
                        ? "could link (" + l.comparison().reason() + ") but the other event holds a mention that may not merge with this one's"
                        : l.comparison().reason();
                misses.add(new Line(l.a().id(), l.b().id(), false, why));
            }
        }
        return new Explanation(eventId, own, links, misses);
    }
}
