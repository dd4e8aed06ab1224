package org.peristiwa.report;

/**
 * A sentence: its span and the range of its tokens ({@code firstToken} inclusive, {@code endToken} exclusive).
 * {@code zone} says which part of the page it belongs to; only {@link Zone#BODY} and {@link Zone#TITLE}
 * sentences are read for events.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, Zone zone) {

    public Span span() {
        return new Span(start, end);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
