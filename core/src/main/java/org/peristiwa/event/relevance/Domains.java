package org.peristiwa.event.relevance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.peristiwa.kb.Tsv;
import org.peristiwa.report.Token;
import org.peristiwa.text.PhraseIndex;

/** The words of other fields of news ({@code relevance/domains.tsv}): sport, business, disasters, crime… */
public final class Domains {

    private static final Domains STANDARD = new Domains(Tsv.resource("relevance/domains.tsv", "domain", "lang", "words"));

    private final Map<String, PhraseIndex<String>> byLang = new HashMap<>();
    private final Set<String> names = new TreeSet<>();

    public static Domains standard() {
        return STANDARD;
    }

    public Domains(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            String domain = row.require("domain");
            names.add(domain);
            PhraseIndex<String> idx = byLang.computeIfAbsent(row.require("lang"), k -> new PhraseIndex<>());
            for (String w : row.list("words")) idx.add(w, domain);
        }
    }

    /** Every domain this file knows, in name order. */
    public Set<String> names() {
        return names;
    }

    /** The domains whose words occur in tokens [from, to). */
    public Set<String> in(String lang, List<Token> tokens, int from, int to) {
        Set<String> out = new TreeSet<>();
        PhraseIndex<String> idx = byLang.get(lang);
        if (idx == null) return out;
        for (PhraseIndex.Match<String> m : idx.findAll(tokens, from, to)) out.addAll(m.values());
        return out;
    }
}
