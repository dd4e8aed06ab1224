package org.peristiwa.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code peristiwa} command: news reports in, conflict-event records out. */
@Command(name = "peristiwa", mixinStandardHelpOptions = true, version = "peristiwa 0.1.0",
        description = "Reads news reports (Indonesian, English) and writes ACLED-style event records with evidence.",
        subcommands = {ExtractCommand.class, TextCommand.class, EvalCommand.class, BenchCommand.class, BenchHtmlCommand.class,
                IngestCommand.class, QueryCommand.class, ExportCommand.class, ExplainCommand.class, ServeCommand.class, BenchStoreCommand.class,
                TrainCommand.class, TrainRelevanceCommand.class, QuietCommand.class, TrainNerCommand.class, EvalNerCommand.class, GazetteerCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("peristiwa: " + ex.getMessage());
            return 2;
        });
        return cl.execute(args);
    }
}
