package org.peristiwa.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Whether a report tells of political violence, a protest or a strategic development at all, decided before any
 * event is built: the probability of its most conflict-like trigger, why, and the words it rests on (null when the
 * report has no trigger at all).
 */
@JsonPropertyOrder({"conflict", "probability", "reason", "evidence"})
public record Relevance(boolean conflict, double probability, String reason, Evidence evidence) {}
