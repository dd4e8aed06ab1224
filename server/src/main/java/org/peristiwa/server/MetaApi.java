package org.peristiwa.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * What the server says about itself: {@code GET /api/health} (alive, and how much the store holds),
 * {@code GET /api/config} (what the page needs: the tile URL and its attribution, whether writes need a token) and
 * {@code GET /api/openapi.json} (the API described in OpenAPI 3).
 */
final class MetaApi {

    private static final String OPENAPI = "/peristiwa/openapi.json";

    private final StoreAccess store;
    private final ServerConfig config;
    private final long started = System.nanoTime();
    private final byte[] openapi;

    MetaApi(StoreAccess store, ServerConfig config) {
        this.store = store;
        this.config = config;
        try (InputStream in = MetaApi.class.getResourceAsStream(OPENAPI)) {
            if (in == null) throw new IllegalStateException(OPENAPI + " is missing from the jar");
            this.openapi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void install(RoutesConfig routes) {
        routes.get("/api/health", this::health);
        routes.get("/api/config", this::config);
        routes.get("/api/openapi.json", ctx -> ctx.contentType(Json.TYPE).result(openapi));
    }

    private void health(Context ctx) {
        Map<String, Long> counts = store.read(s -> s.counts());
        ObjectNode out = Json.object();
        out.put("status", "ok");
        out.put("store", String.valueOf(store.file().getFileName()));
        out.put("reports", counts.get("reports"));
        out.put("events", counts.get("events"));
        out.put("uptime_seconds", (System.nanoTime() - started) / 1_000_000_000L);
        Json.send(ctx, out);
    }

    private void config(Context ctx) {
        ObjectNode out = Json.object();
        boolean tiles = !config.tiles().equals(ServerConfig.NO_TILES);
        if (tiles) {
            out.put("tiles", config.tiles());
            out.put("tile_attribution", attribution(config.tiles()));
        } else {
            out.putNull("tiles");
        }
        out.put("write_token_required", config.token() != null);
        out.put("max_body_bytes", config.maxBodyBytes());
        out.put("max_events_per_page", EventsApi.MAX_LIMIT);
        Json.send(ctx, out);
    }

    /** Plain text naming the tiles' source: OpenStreetMap's credit for its tiles, else the tile server's host. */
    static String attribution(String template) {
        String origin = Security.tileOrigin(template);
        String host = origin.substring(origin.indexOf("://") + 3).replace("*.", "");
        return host.toLowerCase(Locale.ROOT).endsWith("openstreetmap.org") ? "© OpenStreetMap contributors" : "Tiles: " + host;
    }
}
