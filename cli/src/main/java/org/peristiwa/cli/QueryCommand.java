package org.peristiwa.cli;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.peristiwa.merge.MergedEvent;
import org.peristiwa.record.EventRecord;
import org.peristiwa.store.EventQuery;
import org.peristiwa.store.EventStore;
import org.peristiwa.store.Export;
import org.peristiwa.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Lists stored events that match the filters, newest first: a table, JSON Lines (merged records) or ACLED-style CSV.")
final class QueryCommand implements Callable<Integer> {

    enum Output { table, jsonl, csv }

    @Mixin StoreOption store;
    @Mixin EventFilters filters;

    @Option(names = "--output", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    Output output = Output.table;

    @Option(names = "--limit", paramLabel = "N", description = "At most this many events (default: ${DEFAULT-VALUE}; 0 for all).")
    int limit = 50;

    @Option(names = "--offset", paramLabel = "N", description = "Skip this many events first (paging).")
    int offset;

    @Override
    public Integer call() throws IOException {
        Messages msg = new Messages();
        EventQuery q;
        try {
            q = filters.query(false, limit == 0 ? EventQuery.NO_LIMIT : limit, offset);
        } catch (IllegalArgumentException e) {
            msg.line("query: " + e.getMessage());
            return 2;
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try (EventStore db = EventStore.openReadOnly(store.db)) {
            switch (output) {
                case jsonl -> db.forEachEventJson(q, out::println);
                case csv -> {
                    CsvSchema.Builder b = CsvSchema.builder();
                    Export.EXPORT_COLUMNS.forEach(b::addColumn);
                    var w = new CsvMapper().writer(b.build().withHeader()).writeValues(out);
                    for (MergedEvent ev : db.events(q)) w.write(Export.acledRow(ev));
                    w.flush();
                }
                case table -> {
                    List<MergedEvent> events = db.events(q);
                    out.printf(Locale.ROOT, "%-19s %-10s %-34s %-28s %-22s %5s %4s  %s%n", "event_id", "date", "sub_event_type",
                            "location", "country", "dead", "src", "actor1");
                    for (MergedEvent ev : events) {
                        EventRecord r = ev.record();
                        out.printf(Locale.ROOT, "%-19s %-10s %-34s %-28s %-22s %5s %4d  %s%n", ev.id(), nz(r.eventDate),
                                cut(nz(r.subEventType), 34), cut(nz(r.location) + (r.admin1 != null && !r.admin1.equals(r.location)
                                        ? ", " + r.admin1 : ""), 28), cut(nz(r.country), 22),
                                r.fatalities == null ? "" : r.fatalities, ev.numSources(), nz(r.actor1));
                    }
                    long n = db.count(q);
                    out.printf(Locale.ROOT, "%d of %d matching events%n", events.size(), n);
                }
                default -> throw new IllegalStateException();
            }
            out.flush();
        } catch (StoreException e) {
            msg.line(e.getMessage());
            return 2;
        }
        return 0;
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

}
