package org.peristiwa.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Why a value is what it is: the characters of the report that support it and the rule or model that read them.
 * Offsets are UTF-16 indices into {@link Report#text()}, end exclusive; {@code quote} is exactly that substring.
 */
@JsonPropertyOrder({"start", "end", "quote", "rule"})
public record Evidence(int start, int end, String quote, String rule) {

    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span " + start + ".." + end);
        }
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("evidence needs a rule");
        }
    }

    public static Evidence of(CharSequence text, int start, int end, String rule) {
        return new Evidence(start, end, text.subSequence(start, end).toString(), rule);
    }

    public static Evidence of(CharSequence text, Span span, String rule) {
        return of(text, span.start(), span.end(), rule);
    }

    /** The same words, credited to another rule (a value derived from another value keeps its source words). */
    public Evidence withRule(String newRule) {
        return new Evidence(start, end, quote, newRule);
    }
}
