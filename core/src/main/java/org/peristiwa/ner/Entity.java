package org.peristiwa.ner;

/** An entity over a token sequence: tokens {@code start} (inclusive) to {@code end} (exclusive), of a type (PER, ORG, LOC). */
public record Entity(int start, int end, String type) {

    public Entity {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad entity span " + start + ".." + end);
    }
}
