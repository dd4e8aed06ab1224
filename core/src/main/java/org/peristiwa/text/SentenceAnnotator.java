package org.peristiwa.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peristiwa.kb.Tsv;
import org.peristiwa.report.Component;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Span;
import org.peristiwa.report.Token;
import org.peristiwa.report.Zone;

/** Splits each zone of the page into sentences and tokens. Header and boilerplate zones get no sentences. */
public final class SentenceAnnotator implements Component {

    private final SentenceSplitter splitter;
    private final Tokenizer tokenizer = new Tokenizer();

    public SentenceAnnotator() {
        Set<String> abbreviations = new HashSet<>();
        for (Tsv.Row row : Tsv.resource("text/abbreviations.tsv", "lang", "forms")) abbreviations.addAll(row.list("forms"));
        this.splitter = new SentenceSplitter(abbreviations);
    }

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public void process(Report report) {
        String text = report.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<Span> zones = report.zoneSpans();
        if (zones.isEmpty()) {
            addZone(text, new Span(0, text.length()), Zone.BODY, sentences, tokens);
        } else {
            for (int z = 0; z < zones.size(); z++) {
                Zone kind = report.zoneKinds().get(z);
                if (kind == Zone.HEADER || kind == Zone.BOILERPLATE) continue;
                addZone(text, zones.get(z), kind, sentences, tokens);
            }
        }
        report.setSentencesAndTokens(sentences, tokens);
    }

    private void addZone(String text, Span zone, Zone kind, List<Sentence> sentences, List<Token> tokens) {
        for (Span s : splitter.split(text, zone.start(), zone.end())) {
            int first = tokens.size();
            tokens.addAll(tokenizer.tokenize(text, s.start(), s.end(), first));
            sentences.add(new Sentence(sentences.size(), s.start(), s.end(), first, tokens.size(), kind));
        }
    }
}
