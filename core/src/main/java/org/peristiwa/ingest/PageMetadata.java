package org.peristiwa.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a document says about itself outside its main text, each value with its source: title, publication
 * date-time (ISO-8601, with its offset when the page gives one), author or byline, outlet, canonical URL, the
 * time an archive fetched it, and the language the markup declares. A value the document does not give is null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"title", "published", "author", "outlet", "url", "fetched", "language"})
public record PageMetadata(Sourced title, Sourced published, Sourced author, Sourced outlet, Sourced url,
                           Sourced fetched, Sourced language) {

    public static final PageMetadata NONE = new PageMetadata(null, null, null, null, null, null, null);

    public PageMetadata withUrl(Sourced u) {
        return new PageMetadata(title, published, author, outlet, u, fetched, language);
    }

    public PageMetadata withFetched(Sourced f) {
        return new PageMetadata(title, published, author, outlet, url, f, language);
    }

    /** This metadata, with each missing value taken from {@code other}. */
    public PageMetadata orElse(PageMetadata other) {
        return new PageMetadata(title != null ? title : other.title, published != null ? published : other.published,
                author != null ? author : other.author, outlet != null ? outlet : other.outlet,
                url != null ? url : other.url, fetched != null ? fetched : other.fetched,
                language != null ? language : other.language);
    }
}
