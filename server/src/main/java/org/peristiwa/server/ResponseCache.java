package org.peristiwa.server;

import io.javalin.http.Context;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers to read requests, kept until the store changes: each is filed under its path and parameters with the
 * {@link StoreAccess#generation() generation} it was computed at, and is served only while that is still the
 * store's generation. Only this server writes the store, so an answer served from here is what reading the store
 * again would give. Least recently used answers go first once the kept bodies pass the byte budget.
 */
final class ResponseCache {

    /** An answer: the generation it was computed at, its Content-Type and its body. */
    record Entry(long generation, String contentType, byte[] body) {}

    private final long budget;
    private long used;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final ConcurrentHashMap<String, CompletableFuture<Entry>> inFlight = new ConcurrentHashMap<>();

    ResponseCache(long budgetBytes) {
        this.budget = budgetBytes;
    }

    /**
     * Sends the kept answer for this request, or computes, keeps and sends a new one. Requests that ask the same while
     * it is being computed wait for that answer instead of computing it again (after a write, a crowd of readers
     * would otherwise all read the store at once).
     */
    void serve(Context ctx, StoreAccess store, Supplier<Entry> compute) {
        String key = ctx.path() + "?" + new TreeMap<>(ctx.queryParamMap());
        long generation = store.generation();
        Entry e = get(key, generation);
        if (e == null) e = computeOnce(key + "#" + generation, key, compute);
        ctx.contentType(e.contentType()).result(e.body());
    }

    private Entry computeOnce(String flight, String key, Supplier<Entry> compute) {
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> running = inFlight.putIfAbsent(flight, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException failed) {
                if (failed.getCause() instanceof RuntimeException r) throw r;
                throw failed;
            }
        }
        try {
            Entry e = compute.get();
            put(key, e);
            mine.complete(e);
            return e;
        } catch (RuntimeException failed) {
            mine.completeExceptionally(failed);
            throw failed;
        } finally {
            inFlight.remove(flight, mine);
        }
    }

    private synchronized Entry get(String key, long generation) {
        Entry e = entries.get(key);
        return e != null && e.generation() == generation ? e : null;
    }

    private synchronized void put(String key, Entry e) {
        if (e.body().length > budget / 8) return;
        Entry old = entries.put(key, e);
        used += e.body().length - (old == null ? 0 : old.body().length);
        for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); used > budget && it.hasNext(); ) {
            used -= it.next().getValue().body().length;
            it.remove();
        }
    }
}
