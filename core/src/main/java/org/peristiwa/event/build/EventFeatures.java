package org.peristiwa.event.build;

import java.util.List;
import java.util.Map;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Token;

/**
 * The features the statistical sub-type model reads for one event: the words and word pairs of the event's
 * sentences, the codebook rules' own decision and trigger scores, who the participants are (their ACLED
 * categories), and the crowd-size and intervention cues. The same code makes the features for training and
 * for prediction.
 */
final class EventFeatures {

    private static final int MAX_SENTENCES = 4;

    private EventFeatures() {}

    static Map<String, Double> of(Report report, Cluster c, Map<String, Integer> scores, String ruleType,
                                  Participants.Found found, boolean sizeMarker, boolean intervened) {
        Map<String, Double> f = new java.util.LinkedHashMap<>();
        List<Token> toks = report.tokens();
        int used = 0;
        for (int si : c.context) {
            if (used++ >= MAX_SENTENCES) break;
            Sentence s = report.sentences().get(si);
            String prev = "<s>";
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = toks.get(i);
                String w = t.isWord() ? (Character.isDigit(t.lower().charAt(0)) ? "<num>" : t.lower()) : null;
                if (w == null) continue;
                f.put("w:" + w, 1.0);
                f.put("b:" + prev + "_" + w, 1.0);
                prev = w;
            }
        }
        f.put("rule:" + ruleType, 1.0);
        double total = 0;
        for (int v : scores.values()) total += v;
        for (Map.Entry<String, Integer> e : scores.entrySet()) f.put("score:" + e.getKey(), e.getValue() / Math.max(1.0, total));
        f.put("agent:" + (found.agent() == null ? "none" : String.valueOf(found.agent().inter())), 1.0);
        f.put("patient:" + (found.patient() == null ? "none" : String.valueOf(found.patient().inter())), 1.0);
        if (found.agent() != null && found.agent().named() != null) f.put("agent-named:" + found.agent().named().name(), 1.0);
        if (sizeMarker) f.put("size-marker", 1.0);
        if (intervened) f.put("intervention", 1.0);
        return f;
    }
}
