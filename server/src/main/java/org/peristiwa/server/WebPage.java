package org.peristiwa.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/**
 * The page the server shows at {@code /}: its own HTML, script and style from the jar
 * ({@code peristiwa/web/}), and Leaflet with its marker clustering from their webjars ({@code /webjars/}), so it
 * needs nothing from the internet but the map tiles, and works without them.
 */
final class WebPage {

    private WebPage() {}

    static void install(JavalinConfig cfg) {
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/peristiwa/web";
            files.location = Location.CLASSPATH;
        });
        cfg.staticFiles.enableWebjars();
    }
}
