package org.peristiwa.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.peristiwa.merge.MergedEvent;
import org.peristiwa.merge.Mention;
import org.peristiwa.store.EventStore;
import org.peristiwa.store.Explanation;
import org.peristiwa.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Says why a stored event's reports were merged into one event, and which near misses were kept apart and why.")
final class ExplainCommand implements Callable<Integer> {

    @Mixin StoreOption store;

    @Parameters(paramLabel = "EVENT_ID", description = "An event id from 'query' (ev-…).")
    String eventId;

    @Override
    public Integer call() {
        Messages msg = new Messages();
        PrintStream out = System.out;
        try (EventStore db = EventStore.openReadOnly(store.db)) {
            var event = db.event(eventId);
            var explanation = db.explain(eventId);
            if (event.isEmpty() || explanation.isEmpty()) {
                msg.line(store.db + ": no event '" + eventId + "'");
                return 1;
            }
            MergedEvent ev = event.get();
            Explanation ex = explanation.get();
            out.printf("%s: %s on %s in %s (%s), %d report(s), %d source(s); fatalities %s (%s)%n", ev.id(),
                    ev.record().subEventType, ev.record().eventDate, ev.record().location, ev.record().country,
                    ev.numReports(), ev.numSources(), ev.record().fatalities, ev.fatalitiesBasis());
            out.println("mentions:");
            for (Mention m : ex.mentions()) {
                out.printf("  %s  %s %s %s  fatalities %s  %s%n", m.id(), m.record().eventDate, m.subEventType(),
                        m.location(), m.record().fatalities, m.url() == null ? "" : m.url());
            }
            out.println("why they are one event:");
            if (ex.links().isEmpty()) out.println("  (one mention)");
            for (Explanation.Line l : ex.links()) out.printf("  %s ~ %s: %s%n", l.a(), l.b(), l.reason());
            out.println("chosen from: " + ev.chosenFrom());
            out.println("near misses kept apart:");
            if (ex.nearMisses().isEmpty()) out.println("  (none within the search window)");
            for (Explanation.Line l : ex.nearMisses()) out.printf("  %s / %s: %s%n", l.a(), l.b(), l.reason());
            return 0;
        } catch (StoreException e) {
            msg.line(e.getMessage());
            return 2;
        }
    }
}
