package org.peristiwa.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A value a page states about itself and where it states it: {@code source} names the rule and the place
 * ("html:og:title", "html:json-ld:NewsArticle.datePublished", "rss:item/pubDate", "warc:WARC-Target-URI");
 * {@code raw} is the text as written there when the value was normalised from it (a date), else null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"value", "source", "raw"})
public record Sourced(String value, String source, String raw) {

    public Sourced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        if (raw != null && raw.equals(value)) raw = null;
    }

    public Sourced(String value, String source) {
        this(value, source, null);
    }
}
