package org.peristiwa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server started on an empty store, in a fresh JVM as {@code peristiwa serve} starts, answers {@code /api/health}
 * within 3 s of the process starting. The machine may be busy with other work: the best of two starts counts (the
 * first also warms the file cache).
 */
class StartupTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyStoreAnswersHealthWithinThreeSeconds() throws Exception {
        long best = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 2 && best >= 3000; attempt++) {
            best = Math.min(best, startAndTime(dir.resolve("empty-" + attempt + ".duckdb")));
        }
        System.out.println("startup: /api/health answered " + best + " ms after the process started (empty store)");
        assertTrue(best < 3000, "health after " + best + " ms");
    }

    private static long startAndTime(Path db) throws Exception {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), ServeChild.class.getName(), db.toString(), String.valueOf(port));
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                .timeout(Duration.ofSeconds(5)).build();
        // warm the client before the clock starts: its own start-up is not the server's
        try {
            client.send(health, HttpResponse.BodyHandlers.discarding());
        } catch (IOException expected) {
            // nothing listens yet
        }
        long start = System.nanoTime();
        Process p = pb.start();
        try {
            while (System.nanoTime() - start < 20_000_000_000L) {
                try {
                    HttpResponse<String> r = client.send(health, HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, r.statusCode(), r.body());
                    assertTrue(r.body().contains("\"events\":0"), r.body());
                    return (System.nanoTime() - start) / 1_000_000;
                } catch (IOException notYet) {
                    Thread.sleep(20);
                }
                assertTrue(p.isAlive(), "the server process exited with " + (p.isAlive() ? "" : p.exitValue()));
            }
            throw new AssertionError("no answer within 20 s");
        } finally {
            p.destroy();
            p.waitFor();
            assertTrue(Files.exists(db));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The child process: starts a server on a store and a port, and runs until it is stopped. */
    public static final class ServeChild {
        public static void main(String[] args) throws Exception {
            Server s = Server.start(ServerConfig.of(Path.of(args[0])).withPort(Integer.parseInt(args[1])));
            Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
            Thread.currentThread().join();
        }
    }
}
