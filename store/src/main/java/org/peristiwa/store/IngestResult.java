package org.peristiwa.store;

/** What one batch did: reports added, skipped (already stored), replaced (same URL, new text); mentions added; events rewritten. */
public record IngestResult(int added, int skipped, int replaced, int mentions, int eventsWritten) {

    public IngestResult plus(IngestResult o) {
        return new IngestResult(added + o.added, skipped + o.skipped, replaced + o.replaced, mentions + o.mentions,
                eventsWritten + o.eventsWritten);
    }

    public static final IngestResult NONE = new IngestResult(0, 0, 0, 0, 0);
}
