package org.peristiwa.event.relevance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.peristiwa.event.EventMention;
import org.peristiwa.event.TriggerAnnotator;
import org.peristiwa.event.WordClasses;
import org.peristiwa.mention.ActorMention;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Token;
import org.peristiwa.report.Zone;

/**
 * What the relevance model reads about one trigger: what kind of act it names and how strongly, where it stands
 * (title, lede, body), the conflict cues of its sentence (armed actors, weapons, the dead, protest
 * words), the fields of news its sentence and its report speak of (sport, business, disasters, crime…), and the
 * trigger phrase itself. Concepts, so that English and Indonesian reports share what the model learns; not the words
 * around the trigger, which taught the model the habits of its training texts (measured: no gain on real news).
 * Not its modality: whether words name an act of conflict at all is one question, whether the act happened another.
 */
public final class RelevanceFeatures {

    /** The word classes of {@code event/word_classes.tsv} that mark conflict. */
    private static final List<String> CONFLICT_CLASSES = List.of("armed", "civilians", "weapons", "deaths", "injuries",
            "protest", "intervention", "detention", "territory", "targets");

    private final Domains domains;
    private final WordClasses classes;

    public RelevanceFeatures(Domains domains, WordClasses classes) {
        this.domains = domains;
        this.classes = classes;
    }

    public static RelevanceFeatures standard() {
        return new RelevanceFeatures(Domains.standard(), WordClasses.standard());
    }

    /** What the report as a whole speaks of: computed once, shared by its triggers. */
    public record Context(Map<String, Double> features, Map<Integer, Set<String>> sentenceDomains, int lede,
                          Map<Integer, SentenceCues> sentenceCues) {}

    public Context context(Report report) {
        String lang = TriggerAnnotator.lexiconLanguage(report.language());
        List<Token> toks = report.tokens();
        Map<Integer, Set<String>> bySentence = new LinkedHashMap<>();
        Map<String, Integer> domainSentences = new LinkedHashMap<>();
        int read = 0, lede = -1;
        for (Sentence s : report.sentences()) {
            if (!s.zone().bearsEvents()) continue;
            read++;
            if (lede < 0 && s.zone() == Zone.BODY) lede = s.index();
            Set<String> d = domains.in(lang, toks, s.firstToken(), s.endToken());
            bySentence.put(s.index(), d);
            for (String name : d) domainSentences.merge(name, 1, Integer::sum);
        }
        Map<String, Double> f = new LinkedHashMap<>();
        for (String name : domains.names()) {
            double share = read == 0 ? 0 : domainSentences.getOrDefault(name, 0) / (double) read;
            // only a real share counts: that a long article names some field's words somewhere says nothing
            if (share >= 0.15) f.put("report-domain:" + name + ":" + bucket(share), 1.0);
            if (share > 0) f.put("report-domain:" + name, share);
        }
        Set<Integer> triggerSentences = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        for (EventMention m : report.eventMentions()) {
            triggerSentences.add(m.sentence());
            types.add(m.type());
        }
        f.put("report-trigger-share:" + bucket(read == 0 ? 0 : triggerSentences.size() / (double) read), 1.0);
        f.put("report-trigger-types:" + Math.min(4, types.size()), 1.0);
        Set<Integer> armedSentences = new TreeSet<>();
        for (ActorMention a : report.actors()) {
            if (a.inter() == 0 || a.inter() == 7) continue;
            Sentence s = report.sentenceAt(a.span().start());
            if (s != null) armedSentences.add(s.index());
            if (a.named() != null && a.inter() >= 2 && a.inter() <= 4) f.put("report-named-armed-group", 1.0);
        }
        f.put("report-actor-share:" + bucket(read == 0 ? 0 : armedSentences.size() / (double) read), 1.0);
        return new Context(f, bySentence, lede, new java.util.HashMap<>());
    }

    /** The features of trigger {@code m}: its own, its sentence's, and the report's context. */
    public Map<String, Double> of(Report report, Context ctx, EventMention m) {
        Map<String, Double> f = new LinkedHashMap<>(ctx.features());
        f.putAll(own(report, ctx, m));
        return f;
    }

    /** The features of trigger {@code m} and its sentence, without the report's (which all its triggers share). */
    public Map<String, Double> own(Report report, Context ctx, EventMention m) {
        String lang = TriggerAnnotator.lexiconLanguage(report.language());
        Sentence s = report.sentences().get(m.sentence());
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("type:" + m.type(), 1.0);
        f.put("type:" + m.type() + ":w" + Math.min(6, m.weight()), 1.0);
        f.put("weight", m.weight() / 6.0);
        String phrase = phrase(m.rule());
        if (phrase != null) f.put("trigger:" + lang + ":" + phrase, 1.0);
        f.put("zone:" + (s.zone() == Zone.TITLE ? "title" : s.index() == ctx.lede() ? "lede" : "body"), 1.0);
        // what the sentence holds is the same for each of its triggers: read once
        SentenceCues cues = ctx.sentenceCues().computeIfAbsent(s.index(), k -> cues(report, ctx, lang, s));
        for (String name : cues.features()) f.put(name, 1.0);
        // the kind of act with who takes part: a rape by soldiers is conflict, one by a neighbour is crime
        f.put("type-with-actors:" + m.type() + ":" + cues.involved(), 1.0);
        for (EventMention o : cues.triggers()) {
            if (o != m) f.put("sentence-trigger:" + o.type(), 1.0);
        }
        return f;
    }

    /** The cues of one sentence that every trigger in it shares. */
    public record SentenceCues(List<String> features, String involved, List<EventMention> triggers) {}

    private SentenceCues cues(Report report, Context ctx, String lang, Sentence s) {
        Set<String> out = new java.util.LinkedHashSet<>();
        Set<String> present = classes.classesIn(lang, report.tokens(), s.firstToken(), s.endToken());
        for (String cls : CONFLICT_CLASSES) if (present.contains(cls)) out.add("sentence-class:" + cls);
        for (String d : ctx.sentenceDomains().getOrDefault(s.index(), Set.of())) out.add("sentence-domain:" + d);
        String involved = "none";
        for (ActorMention a : report.actors()) {
            if (!s.span().contains(a.span())) continue;
            out.add("sentence-actor:inter" + a.inter());
            if (a.named() != null) out.add("sentence-actor:named");
            if (a.inter() >= 1 && a.inter() <= 4 || a.inter() == 8) involved = "armed";
            else if (!involved.equals("armed")) involved = "unarmed";
        }
        List<EventMention> triggers = new ArrayList<>();
        for (EventMention o : report.eventMentions()) if (o.sentence() == s.index()) triggers.add(o);
        return new SentenceCues(List.copyOf(out), involved, triggers);
    }

    /** "lexicon:en:attack*(line 31)" → "attack*". */
    static String phrase(String rule) {
        if (!rule.startsWith("lexicon:")) return null;
        int colon = rule.indexOf(':', 8), paren = rule.indexOf("(line");
        return colon < 0 || paren < colon ? null : rule.substring(colon + 1, paren);
    }

    private static String bucket(double share) {
        return share == 0 ? "none" : share < 0.15 ? "low" : share < 0.35 ? "some" : "high";
    }

    /** The features as a list of names, for tests and explanations. */
    static List<String> names(Map<String, Double> f) {
        return new ArrayList<>(f.keySet());
    }
}
