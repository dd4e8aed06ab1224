package org.peristiwa.event.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peristiwa.event.EventMention;
import org.peristiwa.event.Modality;
import org.peristiwa.event.WordClasses;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Token;
import org.peristiwa.report.Zone;

/**
 * What the sub-type model reads about one event: the codebook rules' decision and the trigger kinds it weighed
 * (each kind, how strongly, and which of them leads the event, opens it or heads it), the conflict cues of the
 * event's sentences (weapons, armed men, civilians, the dead, protest words, arrests, territory), who the
 * participants are (their ACLED categories), and the words around the leading trigger. Trigger kinds and word
 * classes come from every language's lexicon alike, so that one model serves English and Indonesian; the trigger
 * phrases and nearby words add what each language says in its own way. The same code makes the features for
 * training and for prediction.
 */
final class SubTypeFeatures {

    private static final List<String> CLASSES = List.of("armed", "civilians", "weapons", "deaths", "injuries", "protest",
            "intervention", "detention", "territory", "targets");
    private static final int MAX_SENTENCES = 3, WINDOW = 3;

    private SubTypeFeatures() {}

    static Map<String, Double> of(Report report, Cluster c, String lang, SubTypeRules.Decision rules, Participants.Found found) {
        WordClasses classes = WordClasses.standard();
        Map<String, Double> f = new LinkedHashMap<>();
        List<Token> toks = report.tokens();
        f.put("rule:" + rules.type(), 1.0);
        f.put("rule-from:" + rules.strongest(), 1.0);
        double total = 0;
        for (int v : rules.scores().values()) total += v;
        for (Map.Entry<String, Integer> e : rules.scores().entrySet()) f.put("score:" + e.getKey(), e.getValue() / Math.max(1.0, total));
        EventMention head = c.head(report);
        EventMention first = null;
        for (EventMention m : c.mentions) {
            if (m.modality() != Modality.ASSERTED && m.modality() != Modality.CLAIMED) continue;
            if (first == null) first = m;
            f.merge("trigger:" + m.type(), Math.min(6, m.weight()) / 6.0, Math::max);
            if (m.weight() >= 5) f.put("decisive:" + m.type(), 1.0);
            String phrase = phrase(m.rule());
            if (phrase != null) f.put("phrase:" + lang + ":" + phrase, 1.0);
            if (report.sentences().get(m.sentence()).zone() == Zone.TITLE) f.put("title-trigger:" + m.type(), 1.0);
        }
        f.put("head:" + head.type(), 1.0);
        if (first != null) f.put("first:" + first.type(), 1.0);
        int used = 0;
        for (int si : c.context) {
            if (used++ >= MAX_SENTENCES) break;
            Sentence s = report.sentences().get(si);
            java.util.Set<String> present = classes.classesIn(lang, toks, s.firstToken(), s.endToken());
            for (String cls : CLASSES) if (present.contains(cls)) f.put("class:" + cls, 1.0);
        }
        Sentence hs = report.sentences().get(head.sentence());
        java.util.Set<String> inHead = classes.classesIn(lang, toks, hs.firstToken(), hs.endToken());
        for (String cls : CLASSES) if (inHead.contains(cls)) f.put("head-class:" + cls, 1.0);
        f.put("agent:" + (found.agent() == null ? "none" : String.valueOf(found.agent().inter())), 1.0);
        f.put("patient:" + (found.patient() == null ? "none" : String.valueOf(found.patient().inter())), 1.0);
        if (rules.sizeMarker()) f.put("size-marker", 1.0);
        if (rules.intervened()) f.put("intervention", 1.0);
        List<Token> words = report.stems().isEmpty() ? toks : report.stems();
        for (int i = Math.max(hs.firstToken(), head.firstToken() - WINDOW); i < Math.min(hs.endToken(), head.endToken() + WINDOW); i++) {
            if (i >= head.firstToken() && i < head.endToken()) continue;
            Token t = words.get(i);
            if (t.isWord() && !Character.isDigit(t.lower().charAt(0))) f.put("near:" + t.lower(), 1.0);
        }
        return f;
    }

    /** "lexicon:en:attack*(line 31); …" → "attack*". */
    static String phrase(String rule) {
        if (!rule.startsWith("lexicon:")) return null;
        int colon = rule.indexOf(':', 8), paren = rule.indexOf("(line");
        return colon < 0 || paren < colon ? null : rule.substring(colon + 1, paren);
    }
}
