package org.peristiwa.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import io.javalin.plugin.bundled.CorsPluginConfig;
import java.net.URI;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The peristiwa server: the REST API over an event store and the web page with the map, the timeline and the
 * evidence, in one process.
 * <pre>{@code
 * try (Server s = Server.start(ServerConfig.of(Path.of("events.duckdb")).withPort(0))) {
 *     System.out.println(s.url());   // http://127.0.0.1:41234/
 * }
 * }</pre>
 * The store is opened (created when absent) for writing; the extractor is loaded on the first report posted, so the
 * server answers at once.
 */
public final class Server implements AutoCloseable {

    /** Connections that read the store at once; more requests wait for one. */
    static final int READERS = 4;
    private static final int MAX_THREADS = 256;
    /** Bytes of read answers kept until the next write. */
    private static final long ANSWER_CACHE_BYTES = 32L * 1024 * 1024;

    private final Javalin app;
    private final StoreAccess store;
    private final ServerConfig config;
    private boolean stopped;

    private Server(Javalin app, StoreAccess store, ServerConfig config) {
        this.app = app;
        this.store = store;
        this.config = config;
    }

    /**
     * Opens the store and starts listening (both at once: a request that comes before the store is open waits for it);
     * throws {@link org.peristiwa.store.StoreException} when the store cannot be opened.
     */
    public static Server start(ServerConfig config) {
        StoreAccess store = StoreAccess.open(config.db(), READERS);
        Javalin app = null;
        try {
            app = Javalin.create(cfg -> configure(cfg, config, store));
            app.start(config.bind(), config.port());
            store.awaitOpen();
            return new Server(app, store, config);
        } catch (RuntimeException e) {
            if (app != null) app.stop();
            store.close();
            throw e;
        }
    }

    private static void configure(JavalinConfig cfg, ServerConfig config, StoreAccess store) {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 8, 60_000);
        threads.setName("peristiwa-http");
        cfg.jetty.threadPool = threads;
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.http.prefer405over404 = true;
        cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
        WebPage.install(cfg);
        if (!config.corsOrigins().isEmpty()) {
            cfg.bundledPlugins.enableCors((CorsPluginConfig cors) -> cors.addRule(rule -> {
                String first = config.corsOrigins().get(0);
                rule.allowHost(first, config.corsOrigins().subList(1, config.corsOrigins().size()).toArray(String[]::new));
            }));
        }
        Security security = new Security(config);
        security.install(cfg.routes);
        ErrorHandling.install(cfg);
        ResponseCache answers = new ResponseCache(ANSWER_CACHE_BYTES);
        new EventsApi(store, answers).install(cfg.routes);
        new ReportsApi(store, security, config.maxBodyBytes()).install(cfg.routes);
        new StatsApi(store, answers).install(cfg.routes);
        new MetaApi(store, config).install(cfg.routes);
    }

    /** The port it listens on (the one chosen when the configuration said 0). */
    public int port() {
        return app.port();
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI url() {
        String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
        if (host.equals("0.0.0.0") || host.equals("[::]")) host = "127.0.0.1";
        return URI.create("http://" + host + ":" + port() + "/");
    }

    public ServerConfig config() {
        return config;
    }

    /** Stops listening and closes the store; calling it again does nothing. */
    public synchronized void stop() {
        if (stopped) return;
        stopped = true;
        try {
            app.stop();
        } finally {
            store.close();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
