package org.peristiwa.server;

import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.peristiwa.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error as JSON, {@code {"error": "...", "status": N}}, with its status: a request the API refuses (bad
 * filter, malformed body, unknown id: 4xx, from {@link HttpResponseException}s the handlers throw), a path nothing
 * answers (404), a method a path does not take (405), and anything unexpected, exceptions and errors alike (500,
 * logged; the body says no more).
 */
final class ErrorHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    private ErrorHandling() {}

    static void install(JavalinConfig cfg) {
        RoutesConfig routes = cfg.routes;
        cfg.router.javaLangErrorHandler((res, error) -> {
            LOG.error("internal error", error);
            res.setStatus(500);
            res.setContentType(Json.TYPE);
            try {
                res.getOutputStream().write("{\"error\":\"internal error\",\"status\":500}".getBytes(StandardCharsets.UTF_8));
            } catch (IOException | IllegalStateException e) {
                LOG.debug("the error response could not be written", e);
            }
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> Json.error(ctx, e.getStatus(), e.getMessage()));
        routes.exception(StoreException.class, (e, ctx) -> {
            LOG.error("event store failure on {} {}", ctx.method(), ctx.path(), e);
            Json.error(ctx, 500, "the event store failed: " + e.getMessage());
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            Json.error(ctx, 500, "internal error");
        });
        routes.error(404, ctx -> unlessAnswered(ctx, "no such path: " + ctx.path()));
        routes.error(405, ctx -> unlessAnswered(ctx, ctx.method() + " is not allowed on " + ctx.path()));
        routes.error(413, ctx -> unlessAnswered(ctx, "the request body is too large"));
    }

    /** Error handlers run for every response with their status: keep a body a handler has written already. */
    private static void unlessAnswered(Context ctx, String message) {
        String written = ctx.result();
        if (written == null || written.isEmpty()) Json.error(ctx, ctx.statusCode(), message);
    }
}
