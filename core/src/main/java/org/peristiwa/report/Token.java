package org.peristiwa.report;

/**
 * A token: its span, and its lower-cased form used for dictionary look-ups.
 * {@code index} is the token's position in {@link Report#tokens()}.
 */
public record Token(int index, int start, int end, String lower, String surface) {

    public Span span() {
        return new Span(start, end);
    }

    public boolean isWord() {
        return !lower.isEmpty() && Character.isLetterOrDigit(lower.codePointAt(0));
    }

    public boolean isCapitalised() {
        return !surface.isEmpty() && Character.isUpperCase(surface.codePointAt(0));
    }
}
