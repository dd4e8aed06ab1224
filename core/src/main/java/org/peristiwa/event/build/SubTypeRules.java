package org.peristiwa.event.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peristiwa.event.EventMention;
import org.peristiwa.event.Modality;
import org.peristiwa.event.WordClasses;
import org.peristiwa.mention.ActorMention;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Token;
import org.peristiwa.report.Zone;
import org.peristiwa.text.PhraseIndex;

/**
 * The codebook rules' sub-event type for an event: the summed trigger weights, then the codebook's distinctions —
 * who took territory, whether the side attacked was armed, whether a protest met intervention or its protesters
 * were shot, whether a crowd turned violent.
 */
final class SubTypeRules {

    private final WordClasses classes = WordClasses.standard();

    /** The strongest mention whose own type leads to {@code subType}, or null when none does. */
    static EventMention strongestOf(Report report, Cluster c, String subType) {
        EventMention head = c.head(report);
        if (fits(head, subType)) return head;
        EventMention best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (EventMention m : c.mentions) {
            if (!fits(m, subType)) continue;
            double score = m.weight() - (report.sentences().get(m.sentence()).zone() == Zone.TITLE ? 1.5 : 0);
            if (score > bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean fits(EventMention m, String subType) {
        return m.type().equals(subType)
                || m.type().equals("@violence") && (subType.equals("Attack") || subType.equals("Armed clash"))
                || m.type().equals("@territory") && subType.contains("territory")
                || m.type().equals("@protest") && subType.contains("rotest");
    }


    /** The rules' decision: the sub-type, the strongest trigger type it came from, the summed weights, and the cues read. */
    record Decision(String type, String strongest, Map<String, Integer> scores, boolean sizeMarker, boolean intervened) {}

    /** Decides the sub-type by the codebook rules and records the triggers behind it as the sub_event_type evidence. */
    Decision decide(Report report, Cluster c, Participants.Found found, String lang, EventRecord r) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        boolean sizeMarker = false;
        boolean anyAsserted = c.mentions.stream().anyMatch(m -> m.modality() == Modality.ASSERTED);
        for (EventMention m : c.mentions) {
            if (anyAsserted && m.modality() == Modality.CLAIMED) continue;   // a perpetrator's claim does not type what others report
            if (m.rule().contains(":size=(")) {
                sizeMarker = true;            // ACLED notes give a crowd size only for protests and riots
                continue;
            }
            scores.merge(m.type(), m.weight(), Integer::sum);
        }
        if (scores.isEmpty()) scores.put("@protest", 1);
        String best = null;
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            if (best == null || e.getValue() > scores.get(best)) best = e.getKey();
        }
        int protest = scores.getOrDefault("@protest", 0) + scores.getOrDefault("Peaceful protest", 0)
                + scores.getOrDefault("Protest with intervention", 0);
        int violentDemo = scores.getOrDefault("Violent demonstration", 0);
        boolean violenceFamily = best.equals("@violence") || best.equals("Armed clash") || best.equals("Attack");
        String type = best;
        List<Token> toks = report.tokens();
        if (protest > 0 && (best.equals("@protest") || best.equals("Peaceful protest") || best.equals("Protest with intervention"))
                && violentDemo >= 2) {
            // a demonstration whose participants turned violent (stones, burning tyres, vandalism)
            type = "Violent demonstration";
        } else if (violenceFamily && sizeMarker) {
            // violence by a crowd: by demonstrators a violent demonstration, otherwise mob violence
            type = protest > 0 || violentDemo > 0 ? "Violent demonstration" : "Mob violence";
        } else switch (best) {
            case "@territory" -> type = withoutFight(report, c, lang) ? "Non-violent transfer of territory"
                    : agentInter(found) == 1 ? "Government regains territory" : "Non-state actor overtakes territory";
            case "@violence" -> {
                int patient = found.patient() == null ? 0 : found.patient().inter();
                if (patient == 7) {
                    type = "Attack";
                } else if (patient >= 1 && patient <= 4 || patient == 8) {
                    type = "Armed clash";
                } else {
                    Sentence s = report.sentences().get(c.head(report).sentence());
                    boolean civilians = classes.any(lang, "civilians", toks, s.firstToken(), s.endToken());
                    boolean armed = classes.any(lang, "armed", toks, c.head(report).endToken(), s.endToken());
                    type = civilians && !armed ? "Attack" : armed ? "Armed clash" : "Attack";
                }
            }
            case "@protest", "Peaceful protest", "Protest with intervention" -> {
                if (protestersShot(report, c, lang, scores)) {
                    type = "Excessive force against protesters";
                } else {
                    type = intervened(report, c, lang) ? "Protest with intervention" : "Peaceful protest";
                }
            }
            default -> { }
        }
        for (EventMention m : c.mentions) {
            if (m.type().equals(best)) {
                r.addEvidence("sub_event_type", report.evidence(m.span(), m.rule() + (best.equals(type) ? "" : " -> " + type)));
            }
        }
        if (!r.evidence.containsKey("sub_event_type")) {
            r.addEvidence("sub_event_type", report.evidence(c.head(report).span(), c.head(report).rule()));
        }
        boolean protestType = type.startsWith("Protest") || type.startsWith("Peaceful");
        return new Decision(type, best, scores, sizeMarker, protestType && intervened(report, c, lang));
    }

    /**
     * Whether the authorities intervened in a protest: tear gas, dispersal, water cannon… anywhere in the event's
     * sentences, or arrests in a sentence that names the police or troops (an arrest the protest is about —
     * "against the arrest of an editor" — is not an intervention).
     */
    private boolean intervened(Report report, Cluster c, String lang) {
        List<Token> toks = report.tokens();
        for (int si : c.context) {
            Sentence s = report.sentences().get(si);
            for (PhraseIndex.Match<String> d : classes.all(lang, "intervention", toks, s.firstToken(), s.endToken())) {
                // "massa membubarkan diri dengan tertib", "dispersed peacefully": the crowd left of its own accord
                String next = d.end() < s.endToken() ? toks.get(d.end()).lower() : "";
                if (next.equals("diri") || next.equals("peacefully") || next.equals("themselves")) continue;
                if (!negatedOrModal(toks, s, d.start())) return true;
            }
            for (PhraseIndex.Match<String> d : classes.all(lang, "detention", toks, s.firstToken(), s.endToken())) {
                if (negatedOrModal(toks, s, d.start())) continue;
                String prev = d.start() > s.firstToken() ? toks.get(d.start() - 1).lower() : "";
                if (prev.equals("the") || prev.equals("of") || prev.equals("against") || prev.equals("over")) continue;
                if (toks.get(d.start()).lower().equals("arrest")) continue;
                for (ActorMention a : report.actors()) {
                    if (s.span().contains(a.span()) && a.role() != null && a.inter() == 1) return true;
                }
            }
        }
        return false;
    }

    /**
     * Protesters killed or shot at by those who policed them: a protest whose sentences also report shooting
     * (a violence trigger) together with deaths or live rounds. Excessive force, in ACLED's terms.
     */
    private boolean protestersShot(Report report, Cluster c, String lang, Map<String, Integer> scores) {
        if (scores.getOrDefault("@violence", 0) < 1 && !intervened(report, c, lang)) return false;
        List<Token> toks = report.tokens();
        for (int si : c.context) {
            Sentence s = report.sentences().get(si);
            if (classes.any(lang, "deaths", toks, s.firstToken(), s.endToken())) return true;
            String text = s.span().of(report.text()).toLowerCase(Locale.ROOT);
            if (text.contains("peluru tajam") || text.contains("live ammunition") || text.contains("live rounds")) return true;
        }
        return false;
    }

    private static final java.util.Set<String> NO_FIGHT = java.util.Set.of("tanpa perlawanan", "without resistance",
            "without a fight", "without fighting", "tanpa pertempuran", "tanpa tembakan", "handed over", "penyerahan", "serah terima");

    /** "took over several villages … without resistance": a transfer of territory, not a battle. */
    private static boolean withoutFight(Report report, Cluster c, String lang) {
        for (int si : c.context) {
            String text = report.sentences().get(si).span().of(report.text()).toLowerCase(Locale.ROOT);
            for (String cue : NO_FIGHT) if (text.contains(cue)) return true;
        }
        return false;
    }

    private static final java.util.Set<String> NEGATION_OR_MODAL = java.util.Set.of("not", "no", "never", "would", "will",
            "could", "may", "might", "tidak", "tak", "belum", "akan", "bisa", "dapat", "without", "tanpa");

    /** "did not intervene", "warned that officers would arrest": no intervention happened. */
    private static boolean negatedOrModal(List<Token> toks, Sentence s, int at) {
        for (int k = Math.max(s.firstToken(), at - 3); k < at; k++) {
            if (NEGATION_OR_MODAL.contains(toks.get(k).lower())) return true;
        }
        return false;
    }

    private static int agentInter(Participants.Found f) {
        return f.agent() == null ? 0 : f.agent().inter();
    }

}
