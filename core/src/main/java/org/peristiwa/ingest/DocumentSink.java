package org.peristiwa.ingest;

/** Where a reader puts what it reads: documents, and messages about the parts it could not read. */
public interface DocumentSink {

    void document(Document document);

    /** A part of the input (a file, a record, an item) that could not be read; the rest goes on. */
    void problem(String where, String message);

    /** Something the reader did that a user may want to know (a charset guessed, a record type skipped). */
    default void notice(String where, String message) {}
}
