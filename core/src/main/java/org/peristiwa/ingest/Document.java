package org.peristiwa.ingest;

/** A document read from somewhere: its origin (a path, "-" for stdin, a URL) and its decoded text. */
public record Document(String origin, String text) {}
