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
 * known place, and they weigh for that country's reading of an ambiguous name ("dahalo … Analalava, Sofia").
 */
public final class CountryCues {

    /** A cue found in a text: the country and the words. */
    public record Cue(String country, Span span) {}

    private static final CountryCues STANDARD = new CountryCues(Tsv.resource("kb/country_cues.tsv", "country", "cues"));

    private final PhraseIndex<String> index = new PhraseIndex<>();

    public CountryCues(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) for (String cue : row.list("cues")) index.add(cue, row.require("country"));
    }

    public static CountryCues standard() {
        return STANDARD;
    }

    /** Every cue in the report, in text order. */
    public List<Cue> find(Report report) {
        List<Token> toks = report.tokens();
        List<Cue> out = new ArrayList<>();
        for (PhraseIndex.Match<String> m : index.findAll(toks, 0, toks.size())) {
            out.add(new Cue(m.values().get(0), new Span(toks.get(m.start()).start(), toks.get(m.end() - 1).end())));
        }
        return out;
    }
}
