package org.peristiwa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in headless Chromium: starts a server on a seeded store (with a tile server that does not exist, as on a
 * machine with no internet) and runs {@code src/test/browser/page.test.mjs} against it, which drives Debian's
 * chromium through playwright-core and keeps its screenshots in {@code target/screenshots/}. Skipped when node,
 * /usr/bin/chromium or playwright-core is missing ({@code scripts/install-browser.sh} installs them).
 */
class BrowserTest {

    static final Path SCRIPT_DIR = Path.of("src", "test", "browser");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;

    @Test
    void thePageWorksInABrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": run scripts/install-browser.sh");
        assumeTrue(Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core")), "no playwright-core: run scripts/install-browser.sh");
        assumeTrue(commandWorks("node", "--version"), "no node on the PATH");

        Path db = SeededStore.copy(dir.resolve("browser.duckdb"));
        ServerConfig config = ServerConfig.of(db).withPort(0).withTiles("http://127.0.0.1:9/{z}/{x}/{y}.png");
        try (Server server = Server.start(config)) {
            ProcessBuilder pb = new ProcessBuilder("node", "page.test.mjs", server.url().toString(), SHOTS.toAbsolutePath().toString())
                    .directory(SCRIPT_DIR.toFile()).redirectErrorStream(true);
            Process p = pb.start();
            StringBuilder out = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    System.out.println("[browser] " + line);
                    out.append(line).append('\n');
                }
            }
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the browser test did not finish");
            assertEquals(0, p.exitValue(), "browser checks failed:\n" + out);
        }
        for (String shot : new String[] {"desktop-1280x800.png", "phone-390x844.png", "desktop-xss-report.png"}) {
            assertTrue(Files.size(SHOTS.resolve(shot)) > 10_000, shot);
        }
    }

    private static boolean commandWorks(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
