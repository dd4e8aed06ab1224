package org.peristiwa.report;

/** The parts of a news page. Extraction reads the title and the body; the rest is metadata or boilerplate. */
public enum Zone {
    HEADER, TITLE, HEADING, BODY, BOILERPLATE;

    public boolean bearsEvents() {
        return this == TITLE || this == BODY;
    }
}
