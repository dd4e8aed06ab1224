package org.peristiwa.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option of every command that uses the event store. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE", description = "The event store (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("peristiwa.duckdb");
}
