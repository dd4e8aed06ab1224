package org.peristiwa.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * What keeps the server safe to run on a laptop: headers that forbid the page to run any script but its own, or to
 * be framed; on a loopback-only server, requests must name this machine in their Host header (a page elsewhere
 * cannot reach it by rebinding a DNS name to 127.0.0.1); writes carry the token when there is one
 * ({@code Authorization: Bearer TOKEN}) and come from the server's own page or an allowed origin, never from another
 * site's form.
 */
final class Security {

    private final ServerConfig config;
    private final byte[] token;
    private final String policy;

    Security(ServerConfig config) {
        this.config = config;
        this.token = config.token() == null ? null : config.token().getBytes(StandardCharsets.UTF_8);
        String tiles = tileOrigin(config.tiles());
        this.policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:"
                + (tiles == null ? "" : " " + tiles) + "; connect-src 'self'; font-src 'self'; base-uri 'none';"
                + " form-action 'none'; frame-ancestors 'none'";
    }

    void install(RoutesConfig routes) {
        routes.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
            ctx.header("Content-Security-Policy", policy);
            if (ctx.path().startsWith("/api/")) ctx.header("Cache-Control", "no-store");
            if (config.loopbackOnly() && !namesThisMachine(ctx.header("Host"))) {
                throw new ForbiddenResponse("this server answers requests for localhost only");
            }
        });
    }

    /** Refuses a write without the token (when there is one: 401) or sent by another site's page (403). */
    void requireWriteAccess(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, ctx.header("Host")) && !config.corsOrigins().contains(origin)) {
            throw new ForbiddenResponse("writes from another site's page (Origin " + origin + ") are refused");
        }
        if (token == null) return;
        String auth = ctx.header("Authorization");
        byte[] given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)
                ? auth.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"peristiwa\"");
            throw new UnauthorizedResponse(auth == null ? "this server needs its write token: Authorization: Bearer TOKEN"
                    : "the write token is wrong");
        }
    }

    private static boolean sameOrigin(String origin, String host) {
        try {
            URI u = URI.create(origin);
            return host != null && u.getRawAuthority() != null && u.getRawAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean namesThisMachine(String host) {
        if (host == null || host.isEmpty()) return true;
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) return h.startsWith("[::1]");
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        return name.equals("localhost") || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** The origin the page loads tiles from, for the page's policy: {@code https://*.tile.example.org}; null for none. */
    static String tileOrigin(String template) {
        if (template.equals(ServerConfig.NO_TILES)) return null;
        int start = template.indexOf("://") + 3;
        int slash = template.indexOf('/', start);
        String authority = slash < 0 ? template.substring(start) : template.substring(start, slash);
        return template.substring(0, start) + authority.replace("{s}", "*");
    }
}
