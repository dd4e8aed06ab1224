package org.peristiwa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load test on loopback, run only when asked (tag "load"; it takes half a minute):
 * <pre>mvn -B -ntp test -pl server -Dexcluded.groups=none -Dgroups=load</pre>
 * 200 clients, each with its own connection, ask GET /api/events (a mix of pages, filters and GeoJSON) as fast as
 * they get answers for 30 s, while two more post reports to be stored. No request may fail; the latency percentiles
 * are printed. Clients and duration: {@code -Dperistiwa.load.clients=N -Dperistiwa.load.seconds=S}.
 */
@Tag("load")
class LoadTest {

    static final int CLIENTS = Integer.getInteger("peristiwa.load.clients", 200);
    static final int SECONDS = Integer.getInteger("peristiwa.load.seconds", 30);
    static final List<String> QUERIES = List.of("/api/events", "/api/events?limit=20&offset=20", "/api/events?type=Protests",
            "/api/events?country=Nigeria&limit=10", "/api/events?format=geojson&limit=500", "/api/events?from=2021-01-01&to=2022-12-31",
            "/api/events?type=Battles&format=geojson", "/api/events?actor=police&limit=25");

    @TempDir
    Path dir;

    @Test
    void twoHundredClientsForThirtySeconds() throws Exception {
        Path db = SeededStore.copy(dir.resolve("load.duckdb"));
        List<ObjectNode> posts = SeededStore.reports(23, 8);
        try (Server server = Server.start(ServerConfig.of(db).withPort(0))) {
            Http http = new Http(server.url());
            long reportsBefore = http.get("/api/health").json().path("reports").asLong();
            long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
            ConcurrentLinkedQueue<long[]> perClient = new ConcurrentLinkedQueue<>();
            AtomicInteger errors = new AtomicInteger();
            ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
            CountDownLatch done = new CountDownLatch(CLIENTS);
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                threads.add(new Thread(() -> {
                    try {
                        perClient.add(readLoop(server.url(), client, deadline, errors, firstErrors));
                    } finally {
                        done.countDown();
                    }
                }, "load-" + c));
            }
            AtomicInteger stored = new AtomicInteger();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                threads.add(new Thread(() -> {
                    for (int i = writer; i < posts.size() && System.nanoTime() < deadline; i += 2) {
                        Http.Answer a = http.post("/api/reports?store=true", "application/json", posts.get(i).toString());
                        if (a.status() == 201) stored.incrementAndGet();
                        else {
                            errors.incrementAndGet();
                            firstErrors.add("POST " + a.status() + " " + a.body());
                        }
                    }
                }, "load-writer-" + w));
            }
            long start = System.nanoTime();
            threads.forEach(Thread::start);
            for (Thread t : threads) t.join();
            double seconds = (System.nanoTime() - start) / 1e9;

            long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            System.out.printf(Locale.ROOT, "load: %d clients, %.1f s, %d GET /api/events (%.0f/s), %d errors; latency ms"
                            + " p50 %.1f, p90 %.1f, p99 %.1f, max %.1f; %d reports stored meanwhile%n", CLIENTS, seconds, all.length,
                    all.length / seconds, errors.get(), pct(all, 50), pct(all, 90), pct(all, 99), all[all.length - 1] / 1e6, stored.get());
            assertEquals(0, errors.get(), "errors, the first: " + firstErrors.stream().limit(5).toList());
            assertTrue(all.length > CLIENTS, "each client got answers");
            assertEquals(reportsBefore + stored.get(), http.get("/api/health").json().path("reports").asLong());
        }
    }

    /** One client: its own connection, requests one after another until the deadline; the latencies in ns. */
    private static long[] readLoop(URI base, int client, long deadline, AtomicInteger errors, ConcurrentLinkedQueue<String> firstErrors) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        long[] times = new long[1024];
        int n = 0;
        for (int i = client; System.nanoTime() < deadline; i++) {
            HttpRequest req = HttpRequest.newBuilder(base.resolve(QUERIES.get(i % QUERIES.size()))).timeout(Duration.ofSeconds(30)).build();
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                long t = System.nanoTime() - t0;
                if (r.statusCode() != 200 || r.body().length == 0) {
                    errors.incrementAndGet();
                    if (firstErrors.size() < 5) firstErrors.add(req.uri() + " -> " + r.statusCode());
                    continue;
                }
                if (n == times.length) times = Arrays.copyOf(times, n * 2);
                times[n++] = t;
            } catch (Exception e) {
                errors.incrementAndGet();
                if (firstErrors.size() < 5) firstErrors.add(req.uri() + " -> " + e);
                if (e instanceof InterruptedException) break;
            }
        }
        return Arrays.copyOf(times, n);
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
