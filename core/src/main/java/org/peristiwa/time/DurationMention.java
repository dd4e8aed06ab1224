package org.peristiwa.time;

import org.peristiwa.report.Span;

/** A stretch of time the text names as a count of days ("after four days of clashes", "tiga hari pertempuran"). */
public record DurationMention(Span span, int days, String rule) {}
