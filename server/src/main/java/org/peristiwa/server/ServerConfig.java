package org.peristiwa.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How the server runs: the event store file, the address and port it listens on (port 0: any free port), the token
 * that write requests must carry (null: none), the map tile URL template the page uses ({@code none}: no tiles), the
 * largest request body accepted, and the origins allowed to call the API from other sites (empty: CORS off).
 * <p>
 * A server that listens beyond the loopback interface must have a token: otherwise anyone who can reach it could
 * store reports.
 */
public record ServerConfig(Path db, int port, String bind, String token, String tiles, long maxBodyBytes,
                           List<String> corsOrigins) {

    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final String DEFAULT_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    /** No tile layer: the page draws its own grid under the events. */
    public static final String NO_TILES = "none";
    public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;
    /** The environment variable that gives the write token when no option does. */
    public static final String TOKEN_VARIABLE = "PERISTIWA_TOKEN";

    public ServerConfig {
        Objects.requireNonNull(db, "db");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("the port must be 0..65535, not " + port);
        if (bind == null || bind.isBlank()) bind = DEFAULT_BIND;
        if (token != null && token.isBlank()) token = null;
        if (token != null && token.length() < 8) throw new IllegalArgumentException("the token must be at least 8 characters");
        if (tiles == null || tiles.isBlank()) tiles = DEFAULT_TILES;
        if (!tiles.equals(NO_TILES) && !(tiles.startsWith("https://") || tiles.startsWith("http://"))) {
            throw new IllegalArgumentException("the tile URL must start with http:// or https:// (or be 'none'): " + tiles);
        }
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("the request body limit must be at least 1024 bytes");
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
        if (token == null && !isLoopback(bind)) {
            throw new IllegalArgumentException("listening on " + bind + " (beyond this machine) needs a write token:"
                    + " give --token or set " + TOKEN_VARIABLE);
        }
    }

    /** The defaults: loopback, port 8080, no token, OpenStreetMap tiles, 2 MiB bodies, no CORS. */
    public static ServerConfig of(Path db) {
        return new ServerConfig(db, DEFAULT_PORT, DEFAULT_BIND, null, DEFAULT_TILES, DEFAULT_MAX_BODY_BYTES, List.of());
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(db, p, bind, token, tiles, maxBodyBytes, corsOrigins);
    }

    public ServerConfig withBind(String b) {
        return new ServerConfig(db, port, b, token, tiles, maxBodyBytes, corsOrigins);
    }

    public ServerConfig withToken(String t) {
        return new ServerConfig(db, port, bind, t, tiles, maxBodyBytes, corsOrigins);
    }

    public ServerConfig withTiles(String t) {
        return new ServerConfig(db, port, bind, token, t, maxBodyBytes, corsOrigins);
    }

    public ServerConfig withMaxBodyBytes(long n) {
        return new ServerConfig(db, port, bind, token, tiles, n, corsOrigins);
    }

    public ServerConfig withCorsOrigins(List<String> origins) {
        return new ServerConfig(db, port, bind, token, tiles, maxBodyBytes, origins);
    }

    /** Whether the server listens on the loopback interface only. */
    public boolean loopbackOnly() {
        return isLoopback(bind);
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot listen on '" + host + "': no such address");
        }
    }
}
