package org.peristiwa.geo;

import java.util.ArrayList;
import java.util.List;
import org.peristiwa.kb.Tsv;
import org.peristiwa.report.Report;
import org.peristiwa.report.Span;
import org.peristiwa.report.Token;
import org.peristiwa.text.PhraseIndex;

/**
 * Words that only one country's reports use ({@code kb/country_cues.tsv}): monitoring missions ("OSCE SMM"), local
 * administrative terms ("upazila", "fokontany", "LGA"), regions GeoNames lacks. They place an event that names no
 * known place, and they weigh for that country's reading of an ambiguous name ("dahalo … Analalava, Sofia"); a cue
 * with provinces ("OSCE SMM": Donetsk, Luhansk) weighs for the readings in them.
 */
public final class CountryCues {

    /** A cue found in a text: the country, the provinces its reports come from (none: anywhere), and the words. */
    public record Cue(String country, List<String> provinces, Span span) {}

    private record Entry(String country, List<String> provinces) {}

    private static final CountryCues STANDARD = new CountryCues(Tsv.resource("kb/country_cues.tsv", "country", "cues"));

    private final PhraseIndex<Entry> index = new PhraseIndex<>();

    public CountryCues(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            String provinces = row.get("provinces");
            Entry e = new Entry(row.require("country"), provinces == null || provinces.isEmpty() ? List.of() : row.list("provinces"));
            for (String cue : row.list("cues")) index.add(cue, e);
        }
    }

    public static CountryCues standard() {
        return STANDARD;
    }

    /** Every cue in the report, in text order. */
    public List<Cue> find(Report report) {
        List<Token> toks = report.tokens();
        List<Cue> out = new ArrayList<>();
        for (PhraseIndex.Match<Entry> m : index.findAll(toks, 0, toks.size())) {
            Entry e = m.values().get(0);
            out.add(new Cue(e.country(), e.provinces(), new Span(toks.get(m.start()).start(), toks.get(m.end() - 1).end())));
        }
        return out;
    }
}
