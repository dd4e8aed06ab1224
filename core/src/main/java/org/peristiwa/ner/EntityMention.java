package org.peristiwa.ner;

import org.peristiwa.report.Span;

/**
 * A person, organisation or place that the entity recogniser found: its characters, its tokens
 * ({@code firstToken} inclusive, {@code endToken} exclusive, indexes into the report's tokens), its type
 * (PER, ORG, LOC) and the rule that found it (for evidence).
 */
public record EntityMention(Span span, int firstToken, int endToken, String type, String rule) {}
