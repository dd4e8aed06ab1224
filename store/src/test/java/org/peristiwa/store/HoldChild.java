package org.peristiwa.store;

import java.nio.file.Path;

/** {@code HoldChild DB}: opens a store, says so, and holds it open until killed (the lock test's other process). */
public final class HoldChild {
    public static void main(String[] args) throws Exception {
        try (EventStore store = EventStore.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
