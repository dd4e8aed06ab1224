package org.peristiwa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.peristiwa.store.EventQuery;
import org.peristiwa.store.EventStore;
import org.peristiwa.store.Export;
import org.peristiwa.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes stored events to a file: ACLED's CSV columns (acled-csv), merged records with their evidence",
                "(jsonl), map features (geojson) or a columnar table (parquet). Threats, plans and background events",
                "are left out unless --all is given."})
final class ExportCommand implements Callable<Integer> {

    @Mixin StoreOption store;
    @Mixin EventFilters filters;

    @Option(names = "--format", required = true, description = "acled-csv, jsonl, geojson or parquet.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--all", description = "Also threats, plans, denials and background events (not ACLED events).")
    boolean all;

    @Override
    public Integer call() {
        Messages msg = new Messages();
        Export.Format f;
        EventQuery q;
        try {
            f = Export.Format.of(format);
            q = filters.query(!all, EventQuery.NO_LIMIT, 0);
        } catch (IllegalArgumentException e) {
            msg.line("export: " + (e.getMessage().startsWith("No enum") ? "unknown format '" + format
                    + "' (acled-csv, jsonl, geojson, parquet)" : e.getMessage()));
            return 2;
        }
        try (EventStore db = EventStore.openReadOnly(store.db)) {
            long n = Export.write(db, q, f, out);
            msg.line("export: " + n + " events written to " + out);
            return 0;
        } catch (StoreException e) {
            msg.line(e.getMessage());
            return 2;
        } catch (IOException e) {
            msg.line(out + ": cannot write: " + e.getMessage());
            return 2;
        }
    }
}
