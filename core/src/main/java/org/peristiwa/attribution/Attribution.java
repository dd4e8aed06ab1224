package org.peristiwa.attribution;

import org.peristiwa.report.Span;

/** A stretch of text (a sentence) that the report attributes to a source, and the cue that says so. */
public record Attribution(Span scope, Span cue, Source source) {}
