package org.peristiwa.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the workplace's shared data (../shared beside the repository) for tests that read real texts. Those
 * texts never enter the repository; when the folder is absent the test is skipped, not failed.
 */
public final class SharedData {

    private SharedData() {}

    /** The path of {@code relative} under the shared folder; skips the calling test when it is not there. */
    public static Path require(String relative) {
        Path p = find(relative);
        assumeTrue(p != null, "shared data not present: " + relative);
        return p;
    }

    public static Path find(String relative) {
        String prop = System.getProperty("peristiwa.shared");
        Path[] roots = prop != null ? new Path[] {Path.of(prop)} : new Path[] {Path.of("../shared"), Path.of("../../shared")};
        for (Path root : roots) {
            Path p = root.resolve(relative);
            if (Files.exists(p)) return p;
        }
        return null;
    }

    /** The repository's own examples folder (examples/ at the root). */
    public static Path examples() {
        for (Path p : new Path[] {Path.of("examples"), Path.of("../examples")}) {
            if (Files.isDirectory(p)) return p;
        }
        throw new IllegalStateException("examples/ not found from " + Path.of("").toAbsolutePath());
    }
}
