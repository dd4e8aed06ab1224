package org.peristiwa.event.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peristiwa.attribution.Attribution;
import org.peristiwa.attribution.Outlets;
import org.peristiwa.attribution.Source;
import org.peristiwa.kb.ActorCodebook;
import org.peristiwa.record.Claim;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;

/** The sources behind an event: the publisher, the closing credit, every attributed source, and the claims' source kinds. */
final class Sources {

    private final ActorCodebook codebook;
    private final Outlets outlets = Outlets.standard();

    Sources(ActorCodebook codebook) {
        this.codebook = codebook;
    }

    Source publisher(Report report) {
        if (report.metadata().outlet == null) return null;
        String name = report.metadata().outlet.value();
        Outlets.Outlet o = outlets.named(name);
        return new Source(o != null ? o.name() : name, "publisher", o == null ? null : blank(o.affiliation()), null,
                report.metadata().outlet.evidence());
    }

    void read(Report report, Cluster c, Source publisher, String country, EventRecord r) {
        Map<String, Source> sources = new LinkedHashMap<>();
        if (publisher != null) {
            Outlets.Outlet o = outlets.named(publisher.name());
            sources.put(publisher.name(), new Source(publisher.name(), o != null ? o.kind() : "publisher", null, null, publisher.evidence()));
        }
        if (report.metadata().credit != null && report.metadata().credit.source() != null) {
            String name = report.metadata().credit.source();
            Outlets.Outlet o = outlets.named(name);
            sources.putIfAbsent(name, new Source(name, o != null ? o.kind() : "independent_media", null, null,
                    report.metadata().credit.evidence().withRule("source:closing-credit")));
        }
        for (Attribution a : report.attributions()) {
            Sentence s = report.sentenceAt(a.scope().start());
            if (s == null || !c.context.contains(s.index())) continue;
            Source src = a.source();
            String affiliation = src.affiliation() == null ? null : codebook.fill(src.affiliation(), country, null);
            if (affiliation == null && src.affiliation() != null) affiliation = src.affiliation().replace(" ({country})", "");
            sources.putIfAbsent(src.name(), new Source(src.name(), src.kind(), affiliation, src.via(), src.evidence()));
            if (src.via() != null && !sources.containsKey(src.via())) {
                Outlets.Outlet o = outlets.named(src.via());
                sources.put(src.via(), new Source(src.via(), o != null ? o.kind() : "independent_media", null, null, src.evidence()));
            }
        }
        r.sources.addAll(sources.values());
        for (Source s : r.sources) r.addEvidence("sources", s.evidence());
        // claims carry their source's affiliation through the sources list; fill the claim kinds consistently
        List<Claim> claims = new ArrayList<>();
        for (Claim cl : r.claims) {
            Source s = cl.source() == null ? null : sources.get(cl.source());
            claims.add(new Claim(cl.field(), cl.value(), cl.claim(), cl.source(), s != null ? s.kind() : cl.sourceKind(), cl.evidence()));
        }
        r.claims = claims;
    }


    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
