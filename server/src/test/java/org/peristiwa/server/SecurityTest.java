package org.peristiwa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write token, the loopback default, the Host check, CORS on request only. */
class SecurityTest {

    @TempDir
    Path dir;

    static final String TEXT = "Gunmen killed five villagers in Zamfara state, Nigeria, on Sunday, police said.";

    @Test
    void listeningBeyondThisMachineNeedsAToken() {
        ServerConfig local = ServerConfig.of(dir.resolve("a.duckdb"));
        assertEquals("127.0.0.1", local.bind());
        assertTrue(local.loopbackOnly());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> local.withBind("0.0.0.0"));
        assertTrue(e.getMessage().contains("--token"), e.getMessage());
        ServerConfig open = local.withToken("a-long-enough-token").withBind("0.0.0.0");
        assertTrue(!open.loopbackOnly());
        assertThrows(IllegalArgumentException.class, () -> local.withToken("short"));
        assertThrows(IllegalArgumentException.class, () -> local.withTiles("file:///etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> local.withMaxBodyBytes(10));
    }

    @Test
    void writesNeedTheTokenWhenThereIsOne() {
        try (Server s = Server.start(ServerConfig.of(dir.resolve("t.duckdb")).withPort(0).withToken("s3cret-token-for-tests"))) {
            Http http = new Http(s.url());
            Http.Answer none = http.post("/api/reports", "text/plain", TEXT);
            ApiTest.assertError(none, 401);
            assertTrue(none.header("WWW-Authenticate").startsWith("Bearer"));
            ApiTest.assertError(http.send(http.request("/api/reports").header("Content-Type", "text/plain")
                    .header("Authorization", "Bearer wrong-token").POST(HttpRequest.BodyPublishers.ofString(TEXT)).build()), 401);
            Http.Answer ok = http.send(http.request("/api/reports?store=true").header("Content-Type", "text/plain")
                    .header("Authorization", "Bearer s3cret-token-for-tests").POST(HttpRequest.BodyPublishers.ofString(TEXT)).build());
            assertEquals(201, ok.status(), ok.body());
            assertEquals(200, http.get("/api/events").status(), "reading needs no token");
            assertTrue(http.get("/api/config").json().path("write_token_required").asBoolean());
        }
    }

    @Test
    void aLoopbackServerAnswersOnlyRequestsNamingThisMachine() throws Exception {
        try (Server s = Server.start(ServerConfig.of(dir.resolve("h.duckdb")).withPort(0))) {
            assertTrue(raw(s.port(), "attacker.example").startsWith("HTTP/1.1 403"), "DNS rebinding is refused");
            assertTrue(raw(s.port(), "localhost:" + s.port()).startsWith("HTTP/1.1 200"));
            assertTrue(raw(s.port(), "127.0.0.1:" + s.port()).startsWith("HTTP/1.1 200"));
        }
    }

    @Test
    void corsIsOnOnlyForTheOriginsGiven() {
        String origin = "https://analyst.example";
        try (Server s = Server.start(ServerConfig.of(dir.resolve("c.duckdb")).withPort(0).withCorsOrigins(List.of(origin)))) {
            Http http = new Http(s.url());
            Http.Answer allowed = http.send(http.request("/api/events").header("Origin", origin).GET().build());
            assertEquals(origin, allowed.header("Access-Control-Allow-Origin"));
            Http.Answer other = http.send(http.request("/api/events").header("Origin", "https://other.example").GET().build());
            assertEquals(null, other.header("Access-Control-Allow-Origin"));
        }
    }

    /** A GET /api/health with this Host header, over a socket (HTTP clients will not send a Host they did not connect to). */
    private static String raw(int port, String host) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
