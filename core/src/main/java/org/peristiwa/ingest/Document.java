package org.peristiwa.ingest;

import java.util.Objects;

/**
 * A document read from somewhere: its origin (a path, "-" for stdin, "archive.warc.gz#3 https://…" for a record),
 * its main text (what extraction reads: for a web page the article's paragraphs, without the title) and what the
 * page said about itself in markup, feed or archive headers.
 */
public record Document(String origin, String text, PageMetadata page) {

    public Document {
        Objects.requireNonNull(text, "text");
        if (page == null) page = PageMetadata.NONE;
    }

    public Document(String origin, String text) {
        this(origin, text, PageMetadata.NONE);
    }
}
