package org.peristiwa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peristiwa.store.EventStore;

/**
 * Reports posted by many clients at once leave the store as storing them one batch after another does: the same
 * reports, mentions and events, each event made of the same mentions (merging does not depend on order), while
 * readers keep getting whole answers.
 */
class ConcurrentWritesTest {

    @TempDir
    Path dir;

    @Test
    void concurrentPostsGiveTheSequentialResult() throws Exception {
        List<ObjectNode> reports = SeededStore.reports(11, 16);
        Path served = dir.resolve("served.duckdb");
        int clients = 8;
        try (Server server = Server.start(ServerConfig.of(served).withPort(0))) {
            Http http = new Http(server.url());
            ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
            try {
                List<Future<Integer>> posts = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    posts.add(pool.submit(() -> {
                        int created = 0;
                        for (int i = client; i < reports.size(); i += clients) {
                            Http.Answer a = http.post("/api/reports?store=true", "application/json", reports.get(i).toString());
                            assertEquals(201, a.status(), a.body());
                            created++;
                        }
                        return created;
                    }));
                }
                Future<Integer> reads = pool.submit(() -> {
                    int n = 0;
                    while (posts.stream().anyMatch(f -> !f.isDone())) {
                        Http.Answer a = http.get("/api/events?limit=5000");
                        assertEquals(200, a.status(), a.body());
                        for (var ev : a.json().path("events")) assertTrue(ev.path("mention_ids").size() >= 1, ev.toString());
                        n++;
                    }
                    return n;
                });
                int created = 0;
                for (Future<Integer> f : posts) created += f.get();
                assertEquals(reports.size(), created);
                assertTrue(reads.get() >= 0);
            } finally {
                pool.shutdownNow();
            }
        }
        Path sequential = dir.resolve("sequential.duckdb");
        try (EventStore s = EventStore.open(sequential)) {
            for (var in : SeededStore.incoming(reports)) s.add(List.of(in));
        }
        try (EventStore a = EventStore.openReadOnly(served)) {
            Map<String, Long> counts = a.counts();
            Map<String, List<String>> membership = a.eventMembership();
            try (EventStore b = EventStore.openReadOnly(sequential)) {
                assertEquals(b.counts(), counts);
                assertEquals(b.eventMembership(), membership);
            }
            assertEquals((long) reports.size(), counts.get("reports"));
        }
    }
}
