package org.peristiwa.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.peristiwa.server.Server;
import org.peristiwa.server.ServerConfig;
import org.peristiwa.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the event store: a REST API (/api/events, /api/reports, /api/stats,",
                "/api/openapi.json) and a web page with a map, a timeline and each event's evidence.",
                "Listens on 127.0.0.1 unless --bind says otherwise; beyond this machine it needs a",
                "write token. Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {

    @Mixin StoreOption store;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind = ServerConfig.DEFAULT_BIND;

    @Option(names = "--token", paramLabel = "TOKEN", description = {"Token that POST /api/reports must carry (Authorization: Bearer TOKEN);",
            "default: the environment variable " + ServerConfig.TOKEN_VARIABLE + ", which keeps it out of the process list."})
    String token;

    @Option(names = "--tiles", paramLabel = "URL", description = {"Map tile URL template for the page (default: ${DEFAULT-VALUE});",
            "'none' for no tiles: the page draws a grid under the events."})
    String tiles = ServerConfig.DEFAULT_TILES;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body accepted (default: ${DEFAULT-VALUE}); larger: 413.")
    long maxBody = ServerConfig.DEFAULT_MAX_BODY_BYTES;

    @Option(names = "--cors", paramLabel = "ORIGIN", split = ",", description = "Origins whose pages may call the API (default: none, CORS off).")
    List<String> cors = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        Messages msg = new Messages();
        ServerConfig config;
        try {
            config = new ServerConfig(store.db, port, bind, token != null ? token : System.getenv(ServerConfig.TOKEN_VARIABLE),
                    tiles, maxBody, cors);
        } catch (IllegalArgumentException e) {
            msg.line("serve: " + e.getMessage());
            return 2;
        }
        Server server;
        try {
            server = Server.start(config);
        } catch (StoreException e) {
            msg.line(e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            msg.line("serve: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "peristiwa-serve-stop"));
        msg.line("serving " + store.db + " at " + server.url() + (config.token() != null ? " (writes need the token)" : "")
                + "; Ctrl-C stops");
        stopped.await();
        return 0;
    }
}
