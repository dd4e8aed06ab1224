package org.peristiwa.event.build;

import java.util.List;
import java.util.Locale;
import org.peristiwa.attribution.Attribution;
import org.peristiwa.event.EventMention;
import org.peristiwa.event.Modality;
import org.peristiwa.kb.ActorCodebook;
import org.peristiwa.mention.ActorMention;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Token;
import org.peristiwa.report.Zone;
import org.peristiwa.text.PhraseIndex;

/** Whether an event is known only from its perpetrator's own words, which makes it that group's claim. */
final class PerpetratorClaim {

    private final ActorCodebook codebook;

    PerpetratorClaim(ActorCodebook codebook) {
        this.codebook = codebook;
    }

    /**
     * Every body sentence that reports the act is the perpetrator's own word ("TPNPB mengklaim telah membakar…",
     * a press release of the group): the event is that group's claim.
     */
    /**
     * "TPNPB juga menyertakan foto yang memperlihatkan bangunan terbakar": the perpetrator is the subject and another
     * verb (what it says, shows, posts) comes before the act, so the act is reported in its words.
     */
    private static boolean perpetratorSpeaks(Report report, Sentence s, EventMention m, ActorCodebook.NamedActor agent) {
        List<Token> toks = report.tokens();
        ActorMention subject = null;
        for (ActorMention a : report.actors()) {
            if (s.span().contains(a.span())) {
                subject = a;
                break;
            }
        }
        if (subject == null || subject.named() == null || !subject.named().equals(agent) || subject.endToken() > s.firstToken() + 3
                || subject.endToken() >= m.firstToken()) return false;
        for (int k = subject.endToken(); k < m.firstToken(); k++) {
            String w = toks.get(k).lower();
            if (REPORTING_VERBS.contains(w) || w.length() >= 6 && (w.startsWith("meny") || w.startsWith("memp") || w.startsWith("meng"))) return true;
        }
        return false;
    }

    private static final java.util.Set<String> REPORTING_VERBS = java.util.Set.of("said", "says", "claimed", "released",
            "posted", "published", "shared", "showed", "announced", "stated");

    /** Whether a source's name ("juru bicara TPNPB-OPM", "TPNPB") names the given actor. */
    private boolean namesActor(String sourceName, ActorCodebook.NamedActor actor) {
        List<Token> toks = TOKENIZER.tokenize(sourceName, 0, sourceName.length(), 0);
        for (PhraseIndex.Match<Object> m : codebook.index().findAll(toks, 0, toks.size())) {
            if (m.values().contains(actor)) return true;
        }
        return false;
    }

    private static final org.peristiwa.text.Tokenizer TOKENIZER = new org.peristiwa.text.Tokenizer();

    boolean holds(Report report, Cluster c, Participants.Found found) {
        if (found.agent() == null || found.agent().named() == null) return false;
        String agent = found.agent().span().of(report.text()).toLowerCase(Locale.ROOT);
        boolean any = false;
        for (EventMention m : c.mentions) {
            Sentence s = report.sentences().get(m.sentence());
            if (s.zone() == Zone.TITLE) continue;
            if (m.modality() == Modality.CLAIMED) { any = true; continue; }
            // "pembakaran tersebut", "the attack": a reference back to the act asserts nothing new
            String next = m.endToken() < s.endToken() ? report.tokens().get(m.endToken()).lower() : "";
            if (next.equals("tersebut") || next.equals("itu") || m.firstToken() > s.firstToken()
                    && report.tokens().get(m.firstToken() - 1).lower().equals("the")) continue;
            boolean byAgent = false;
            for (Attribution a : report.attributions()) {
                if (a.scope().equals(s.span()) && (a.source().name().toLowerCase(Locale.ROOT).contains(agent)
                        || namesActor(a.source().name(), found.agent().named())
                        || "perpetrator_affiliated".equals(a.source().kind()))) byAgent = true;
            }
            if (!byAgent && perpetratorSpeaks(report, s, m, found.agent().named())) byAgent = true;
            if (!byAgent) return false;
            any = true;
        }
        return any;
    }

}
