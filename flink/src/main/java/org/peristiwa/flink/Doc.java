package org.peristiwa.flink;

import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.PageMetadata;
import org.peristiwa.ingest.Sourced;

/**
 * A document on its way from a source to extraction: a Flink POJO (public fields, no-argument constructor), so that
 * Flink serialises it with its own POJO serializer rather than Kryo. {@code meta} holds the page metadata: seven
 * values (title, published, author, outlet, url, fetched, language), each as value, source and raw.
 */
public class Doc {

    public String origin;
    public String text;
    public String[] meta;

    public Doc() {}

    public static Doc of(Document d) {
        Doc out = new Doc();
        out.origin = d.origin();
        out.text = d.text();
        PageMetadata p = d.page();
        Sourced[] all = {p.title(), p.published(), p.author(), p.outlet(), p.url(), p.fetched(), p.language()};
        boolean any = false;
        for (Sourced s : all) any |= s != null;
        if (any) {
            out.meta = new String[21];
            for (int i = 0; i < all.length; i++) {
                if (all[i] == null) continue;
                out.meta[3 * i] = all[i].value();
                out.meta[3 * i + 1] = all[i].source();
                out.meta[3 * i + 2] = all[i].raw();
            }
        }
        return out;
    }

    public Document toDocument() {
        if (meta == null) return new Document(origin, text, PageMetadata.NONE);
        return new Document(origin, text, new PageMetadata(at(0), at(1), at(2), at(3), at(4), at(5), at(6)));
    }

    private Sourced at(int i) {
        String v = meta[3 * i];
        return v == null ? null : new Sourced(v, meta[3 * i + 1], meta[3 * i + 2]);
    }
}
