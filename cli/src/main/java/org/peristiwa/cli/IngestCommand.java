package org.peristiwa.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.peristiwa.Extractor;
import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.TextDecoder;
import org.peristiwa.store.EventStore;
import org.peristiwa.store.Incoming;
import org.peristiwa.store.IngestResult;
import org.peristiwa.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts events from reports and stores them in the event store, merging reports of one event.",
                "Reads everything 'extract' reads. A report stored already (same text) is skipped; a URL stored with",
                "another text has its report replaced. Each batch is one transaction: a killed run leaves the store",
                "consistent, and running the same command again completes it."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR|-", description = "Report files, directories (read recursively) or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--gold", paramLabel = "FILE.csv", description = {"Also ingest the texts of a gold CSV (one report per doc_id, with its",
            "publication date), exactly as 'eval' reads them: for scoring an export with 'eval --predictions'."})
    java.nio.file.Path gold;

    @Option(names = "--texts", paramLabel = "FILE.jsonl", description = "Texts for a gold file without a text column (as in 'eval').")
    java.nio.file.Path texts;

    @Mixin
    StoreOption store;

    @Option(names = "--publication-date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for reports that do not show one (anchors 'yesterday', 'on Friday').")
    LocalDate publicationDate;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest document accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes = TextDecoder.DEFAULT_MAX_BYTES;

    @Option(names = "--batch", paramLabel = "N", description = "Reports per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize = 256;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "No progress bar or progress lines.")
    boolean quiet;

    private int documents;
    private volatile IngestResult total = IngestResult.NONE;

    @Override
    public Integer call() {
        Messages msg = new Messages();
        if (batchSize < 1 || threads < 1) {
            msg.line("--batch and --threads must be at least 1");
            return 2;
        }
        if (inputs.isEmpty() && gold == null) {
            msg.line("ingest: name the reports to ingest (files, folders, -) or --gold FILE.csv");
            return 2;
        }
        List<Inputs.Input> list = inputs.isEmpty() ? List.of() : Batch.inputs(inputs, maxBytes, msg);
        if (list == null) return maxBytes <= 0 ? 2 : 1;
        List<org.peristiwa.eval.GoldRow> goldRows = gold == null ? List.of() : GoldFiles.readOrReport(gold, texts);
        if (goldRows == null) return 1;
        Extractor extractor = Extractor.standard();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try (EventStore db = EventStore.open(store.db); Progress progress = new Progress(list.size(), quiet)) {
            List<Pending> pending = new ArrayList<>();
            List<Read> read = new ArrayList<>();
            for (Inputs.Input in : list) {
                Batch.read(List.of(in), maxBytes, msg, (input, doc) -> {
                    documents++;
                    read.add(new Read(doc, Extractor.contentHash(Extractor.reportText(doc)), publicationDate, false));
                    if (read.size() >= batchSize) submitNew(db, read, pending, pool, extractor);
                    if (pending.size() >= batchSize) {
                        flush(db, pending, msg);
                        pending.clear();
                    }
                });
                progress.step(documents, total, start);
            }
            Set<String> goldDocs = new HashSet<>();
            for (org.peristiwa.eval.GoldRow row : goldRows) {
                if (!goldDocs.add(row.docId())) continue;
                documents++;
                read.add(new Read(new Document("row " + row.row(), row.text()), Extractor.contentHash(row.text()), row.publicationDate(), true));
                if (read.size() >= batchSize) submitNew(db, read, pending, pool, extractor);
                if (pending.size() >= batchSize) {
                    flush(db, pending, msg);
                    pending.clear();
                }
            }
            submitNew(db, read, pending, pool, extractor);
            flush(db, pending, msg);
            pending.clear();
            while (!writing.isEmpty()) awaitWrite();
            progress.done(documents, total, start);
            var counts = db.counts();
            msg.line(String.format(java.util.Locale.ROOT, "ingest: %d documents: %d reports stored, %d skipped (stored already), %d replaced,"
                            + " %d failed; %d mentions; the store now holds %d reports, %d events (%s)", documents, total.added(),
                    total.skipped(), total.replaced(), failed.get(), total.mentions(), counts.get("reports"), counts.get("events"), store.db));
        } catch (StoreException e) {
            msg.line(e.getMessage());
            return 2;
        } finally {
            pool.shutdownNow();
            writer.shutdownNow();
        }
        return msg.problems() == 0 ? 0 : 1;
    }

    private record Pending(Document doc, Future<Incoming> result) {}

    /** A document read, its text's hash, the date that anchors it; {@code plain}: a gold row's text, extracted as 'eval' does. */
    private record Read(Document doc, String hash, LocalDate date, boolean plain) {}

    /** Sends the documents read so far to extraction, except those whose text the store (or this run) has already. */
    private void submitNew(EventStore db, List<Read> read, List<Pending> pending, ExecutorService pool, Extractor extractor) {
        Set<String> stored = db.storedAmong(read.stream().map(Read::hash).toList());
        for (Read r : read) {
            if (stored.contains(r.hash()) || !seen.add(r.hash())) {
                synchronized (this) {
                    total = total.plus(new IngestResult(0, 1, 0, 0, 0));
                }
                continue;
            }
            pending.add(new Pending(r.doc(), pool.submit(() -> Incoming.of(r.plain()
                    ? extractor.extract(r.doc().text(), r.doc().origin(), r.date()) : extractor.extract(r.doc(), r.date())))));
        }
        read.clear();
        if (seen.size() > 1_000_000) seen.clear();
    }

    /** Texts sent to extraction in this run (a text twice in the input is extracted once). */
    private final Set<String> seen = new HashSet<>();

    /**
     * Hands a batch to the writer thread, which waits for its extractions and stores them in one transaction (a
     * report whose extraction failed is named and left out). One batch is written while the next is extracted; a
     * store that cannot take the batch stops the run.
     */
    private void flush(EventStore db, List<Pending> batch, Messages msg) {
        // up to three batches wait for the writer: the extraction threads stay busy while it writes
        while (writing.size() >= 3) awaitWrite();
        List<Pending> mine = List.copyOf(batch);
        writing.add(writer.submit(() -> {
            List<Incoming> ready = new ArrayList<>();
            for (Pending p : mine) {
                try {
                    ready.add(p.result().get());
                } catch (ExecutionException e) {
                    failed.incrementAndGet();
                    msg.problem(p.doc().origin(), "internal error (" + e.getCause() + "); please report it with this file");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreException("interrupted");
                }
            }
            if (!ready.isEmpty()) {
                IngestResult r = db.add(ready);
                synchronized (this) {
                    total = total.plus(r);
                }
            }
            return null;
        }));
    }

    /** Waits for the oldest batch handed to the writer; a store failure there is rethrown here. */
    private void awaitWrite() {
        if (writing.isEmpty()) return;
        try {
            writing.peekFirst().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException se) throw se;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted");
        } finally {
            writing.pollFirst();
        }
    }

    private final ExecutorService writer = Executors.newSingleThreadExecutor();
    private final java.util.ArrayDeque<Future<?>> writing = new java.util.ArrayDeque<>();
    private final java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();

    /** A progress bar on a terminal (the progressbar library); a line every ten seconds otherwise; nothing with --quiet. */
    private static final class Progress implements AutoCloseable {
        private final ProgressBar bar;
        private final boolean lines;
        private long lastLine = System.nanoTime();

        Progress(int inputs, boolean quiet) {
            boolean terminal = System.console() != null;
            bar = quiet || !terminal ? null : new ProgressBarBuilder().setTaskName("ingest").setInitialMax(inputs)
                    .setUnit(" inputs", 1).setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .showSpeed().build();
            lines = !quiet && !terminal;
        }

        void step(int documents, IngestResult total, long start) {
            double secs = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            String rate = String.format(java.util.Locale.ROOT, "%d documents, %.0f reports/s", documents, total.added() / secs);
            if (bar != null) {
                bar.step();
                bar.setExtraMessage(rate);
            } else if (lines && System.nanoTime() - lastLine > 10_000_000_000L) {
                lastLine = System.nanoTime();
                System.err.println("ingest: " + rate + ", " + total.added() + " stored");
            }
        }

        void done(int documents, IngestResult total, long start) {
            if (bar != null) bar.setExtraMessage(documents + " documents");
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
        }
    }
}
