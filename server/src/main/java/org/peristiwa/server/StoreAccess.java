package org.peristiwa.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.peristiwa.store.EventStore;
import org.peristiwa.store.StoreException;

/**
 * The server's connections to the event store: one that writes, and a few that read, each lent to one request at a
 * time. All of them open the same database (DuckDB shares one instance per file within a process), and each reads a
 * snapshot of committed data, so a request never sees half a batch. {@link #generation()} counts the batches written
 * through this server (nothing else can write while the server holds the file), so computed answers can be cached
 * until the next write.
 * <p>
 * The store opens on a thread of its own (loading DuckDB's native library takes a good part of a second) while the
 * HTTP server starts; a request that comes first waits for it.
 */
final class StoreAccess implements AutoCloseable {

    private record Connections(EventStore writer, List<EventStore> readers, BlockingQueue<EventStore> idle) {}

    private final Path file;
    private final CompletableFuture<Connections> opening;
    private final AtomicLong generation = new AtomicLong();

    private StoreAccess(Path file, CompletableFuture<Connections> opening) {
        this.file = file;
        this.opening = opening;
    }

    /** Starts opening (creating it when absent) the store, with {@code readerCount} reading connections. */
    static StoreAccess open(Path db, int readerCount) {
        CompletableFuture<Connections> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(connect(db, readerCount));
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "peristiwa-store-open");
        t.setDaemon(true);
        t.start();
        return new StoreAccess(db, f);
    }

    private static Connections connect(Path db, int readerCount) {
        EventStore writer = EventStore.open(db);
        List<EventStore> readers = new ArrayList<>();
        try {
            for (int i = 0; i < readerCount; i++) readers.add(EventStore.open(db));
        } catch (StoreException e) {
            readers.forEach(EventStore::close);
            writer.close();
            throw e;
        }
        Json.warmUp();
        return new Connections(writer, List.copyOf(readers), new ArrayBlockingQueue<>(readerCount, false, readers));
    }

    /** Waits until the store is open; throws what opening it threw ({@link StoreException}: cannot be opened). */
    void awaitOpen() {
        connections();
    }

    private Connections connections() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    Path file() {
        return file;
    }

    /** Runs a read on a connection of its own (waiting for one to be free). */
    <T> T read(Function<EventStore, T> work) {
        BlockingQueue<EventStore> idle = connections().idle();
        EventStore s;
        try {
            s = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the event store");
        }
        try {
            return work.apply(s);
        } finally {
            idle.add(s);
        }
    }

    /** Runs a write; writes go one at a time. */
    <T> T write(Function<EventStore, T> work) {
        EventStore writer = connections().writer();
        synchronized (writer) {
            try {
                return work.apply(writer);
            } finally {
                generation.incrementAndGet();
            }
        }
    }

    long generation() {
        return generation.get();
    }

    /** Closes the connections (once the store has opened; a store that failed to open has none). */
    @Override
    public void close() {
        Connections c;
        try {
            c = opening.join();
        } catch (CompletionException e) {
            return;
        }
        for (EventStore r : c.readers()) r.close();
        c.writer().close();
    }
}
