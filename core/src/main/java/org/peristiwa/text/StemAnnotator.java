package org.peristiwa.text;

import java.util.ArrayList;
import java.util.List;
import org.peristiwa.report.Component;
import org.peristiwa.report.Report;
import org.peristiwa.report.Token;

/**
 * Adds each token's root word for Indonesian and Malay reports (others keep their words), so that the
 * dictionaries can list a root ("~serang") and find all its affixed forms.
 */
public final class StemAnnotator implements Component {

    private final IndonesianStemmer stemmer;

    public StemAnnotator(IndonesianStemmer stemmer) {
        this.stemmer = stemmer;
    }

    @Override
    public String name() {
        return "stems";
    }

    @Override
    public void process(Report report) {
        if (!report.language().equals("id") && !report.language().equals("ms")) {
            report.setStems(List.of());
            return;
        }
        List<Token> out = new ArrayList<>(report.tokens().size());
        for (Token t : report.tokens()) {
            String stem = t.isWord() ? stemmer.stem(t.lower()) : t.lower();
            out.add(new Token(t.index(), t.start(), t.end(), stem, stem));
        }
        report.setStems(out);
    }
}
