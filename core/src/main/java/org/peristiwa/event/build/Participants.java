package org.peristiwa.event.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peristiwa.event.EventMention;
import org.peristiwa.attribution.Attribution;
import org.peristiwa.mention.ActorMention;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Token;

/**
 * Finds who acted and who was acted upon. In the sentence of the event's strongest trigger, the actor named
 * nearest before the trigger is the agent and the one nearest after it the patient — unless the trigger is
 * passive ("was attacked by", "diserang oleh", "ditembak"), which swaps them. Actors named only inside the
 * words that attribute a statement ("an activist told…") are sources, not participants.
 */
final class Participants {

    record Found(ActorMention agent, ActorMention patient, ActorMention associate) {}

    private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "being", "is", "are", "got");

    Found find(Report report, Cluster cluster) {
        return find(report, cluster, cluster.head(report));
    }

    /** The participants read from {@code head}'s sentence first, then from the event's other sentences. */
    Found find(Report report, Cluster cluster, EventMention head) {
        Found f = inSentence(report, head);
        if (f.agent != null && f.patient != null) return f;
        ActorMention agent = f.agent, patient = f.patient;
        // Fill gaps from the event's other sentences, strongest mentions first.
        List<EventMention> others = new ArrayList<>(cluster.mentions);
        others.sort((a, b) -> Integer.compare(b.weight(), a.weight()));
        for (EventMention m : others) {
            if (m == head || m.weight() < 2) continue;
            Found g = inSentence(report, m);
            if (agent == null && g.agent != null && !same(g.agent, patient)) agent = g.agent;
            if (patient == null && g.patient != null && !same(g.patient, agent)) patient = g.patient;
            if (agent != null && patient != null) break;
        }
        return new Found(agent, patient, f.associate);
    }

    private Found inSentence(Report report, EventMention m) {
        Sentence s = report.sentences().get(m.sentence());
        List<ActorMention> inS = new ArrayList<>();
        for (ActorMention a : report.actors()) {
            if (s.span().contains(a.span()) && !isSourceDescription(report, a)) inS.add(a);
        }
        ActorMention before = null, after = null, around = null;
        for (ActorMention a : inS) {
            if (a.endToken() <= m.firstToken()) before = a;
            else if (a.firstToken() >= m.endToken()) { if (after == null) after = a; }
            else around = a;   // the trigger is part of the actor's name: "Russian warplanes", "pesawat tempur"
        }
        // "Turkish forces brought military reinforcements": a bare role word right before a noun trigger modifies it
        if (before != null && before.endToken() == m.firstToken() && before.named() == null && before.country() == null
                && before.endToken() - before.firstToken() == 1) {
            ActorMention earlier = null;
            for (ActorMention a : inS) if (a.endToken() <= before.firstToken()) earlier = a;
            if (earlier != null) before = earlier;
        }
        // only a name that says whose it is ("Russian warplanes", "pesawat tempur TNI") makes the trigger its doer
        if (around != null && (around.named() != null || around.country() != null)) before = around;
        // "kelompok bersenjata Abu Sayyaf", "the militant group al-Shabaab": a role word followed by the name
        before = apposition(inS, before);
        after = apposition(inS, after);
        // "regime and pro-regime militia forces looted…": the first of a coordinated subject is actor 1
        if (before != null) {
            for (ActorMention a : inS) {
                if (a.endToken() + 1 == before.firstToken() && !same(a, before)) {
                    String w = report.tokens().get(a.endToken()).lower();
                    if (w.equals("and") || w.equals("dan")) before = a;
                }
            }
        }
        // "former al-Qaeda affiliate Jabhat Fateh al-Sham": of two named actors side by side, the second is the one meant
        if (after != null && after.named() != null) {
            for (ActorMention a : inS) {
                if (a.named() != null && a.firstToken() == after.endToken()) after = a;
            }
        }
        // "IS fighters ... attacked" — prefer a named actor over a role word shortly before it
        if (before != null && before.named() == null) {
            for (ActorMention a : inS) {
                if (a.named() != null && a.endToken() <= before.firstToken() && before.firstToken() - a.endToken() <= 3) before = a;
            }
        }
        ActorMention agent = before, patient = after;
        List<Token> toks = report.tokens();
        String trigger = toks.get(m.firstToken()).lower();
        // "dua anggota Brimob yang menjadi korban penusukan", "officers who fell victim to the stabbing": the actor
        // named as the act's victim is acted upon, whoever else the sentence names
        if (before != null && victimMarkerBetween(toks, before.endToken(), m.firstToken())) {
            ActorMention doer = null;
            for (ActorMention a : inS) {
                if (a.firstToken() >= m.endToken() && !same(a, before) && precededByAgentive(report, a, m)) { doer = a; break; }
            }
            return new Found(doer, before, null);
        }
        // "Serangan udara pasukan koalisi …", "Artileri Rezim Assad hantam …", "air strikes by the coalition":
        // an act named by a noun takes its doer right after it
        // "a landmine planted by an unknown armed group went off in a QDW vehicle": the doer follows "by"
        String lastWord = toks.get(m.endToken() - 1).lower();
        if (DEVICES.contains(trigger) || NOMINAL.contains(trigger) || DEVICES.contains(lastWord) || lastWord.startsWith("grenade")) {
            for (ActorMention a : inS) {
                if (a.firstToken() < m.endToken() || a.firstToken() > m.endToken() + 5) continue;
                boolean by = false;
                for (int k = Math.max(m.endToken(), a.firstToken() - 3); k < a.firstToken(); k++) {
                    if (toks.get(k).lower().equals("by") || toks.get(k).lower().equals("oleh")) by = true;
                }
                if (!by) continue;
                ActorMention victim = null;
                for (ActorMention b : inS) if (b != a && !same(a, b) && b.firstToken() >= a.endToken()) { victim = b; break; }
                if (victim == null && before != null && !same(before, a)) victim = before;
                return new Found(a, victim, null);
            }
        }
        if (NOMINAL.contains(trigger) && after != null && (after.firstToken() == m.endToken()
                || after.firstToken() == m.endToken() + 1 && List.of("by", "oleh", "of", "from", "dari").contains(toks.get(m.endToken()).lower()))) {
            ActorMention next = null;
            for (ActorMention a : inS) if (a.firstToken() >= after.endToken() && !same(a, after)) { next = a; break; }
            return new Found(after, next, null);
        }
        // "the Myanmar military and AA clashed": the first named side is actor 1
        if (RECIPROCAL.contains(trigger) || trigger.startsWith("clash") || trigger.startsWith("bentrok")) {
            ActorMention[] pair = coordinatedPair(report, inS, s.firstToken(), m.firstToken());
            if (pair == null) pair = between(report, inS, m.endToken(), s.endToken());
            if (pair != null) return new Found(pair[0], pair[1], null);
        }
        if (REPULSE.contains(trigger) && before != null) {
            // "Afghan forces repulsed their attack": the attackers began it
            ActorMention attackers = after;
            if (attackers == null) {
                for (ActorMention a : inS) if (a.endToken() <= before.firstToken() && !same(a, before)) { attackers = a; break; }
            }
            if (attackers != null) {
                agent = attackers;
                patient = before;
            }
        }
        if (isPassive(report, m) && around != null) {
            // "dihakimi massa": the doer is named inside the passive phrase itself
            ActorMention victim = null;
            for (ActorMention a : inS) if (a.endToken() <= m.firstToken()) victim = a;
            return new Found(around, victim, null);
        }
        if (isPassive(report, m)) {
            ActorMention byAgent = null;
            for (ActorMention a : inS) {
                if (a.firstToken() >= m.endToken() && precededByAgentive(report, a, m)) {
                    byAgent = a;
                    break;
                }
            }
            // Indonesian "ditangkap Densus 88": the agent may follow the passive verb directly, without "oleh"
            if (byAgent == null && after != null && after.firstToken() <= m.endToken() + 1
                    && (report.language().equals("id") || report.language().equals("ms"))) {
                byAgent = after;
            }
            if (byAgent != null) {
                agent = byAgent;
                patient = before;
            } else {
                agent = null;
                patient = before != null ? before : after;
            }
        }
        if (same(agent, patient)) patient = null;
        if (patient == null && agent != null) {
            // "2 Taliban militants were killed when Afghan forces repulsed their attack": the other side in the sentence
            for (ActorMention a : inS) {
                if (!same(a, agent) && a.named() != null || !same(a, agent) && a.role() != null && a.inter() != agent.inter()) {
                    patient = a;
                    break;
                }
            }
        }
        ActorMention assoc = null;
        for (ActorMention a : inS) {
            if (a != agent && a != patient && agent != null && a.firstToken() > agent.endToken() && a.firstToken() <= agent.endToken() + 3
                    && a.endToken() <= m.firstToken() && a.named() != null && !same(a, agent)) {
                assoc = a;
            }
        }
        return new Found(agent, patient, assoc);
    }

    private static final Set<String> NOMINAL = Set.of("serangan", "penyerangan", "pengeboman", "penembakan", "artileri",
            "gempuran", "airstrike", "airstrikes", "air", "strike", "strikes", "shelling", "attack", "attacks", "bombardment",
            "bombing", "raid", "raids", "assault", "offensive", "ambush");

    private static final Set<String> DEVICES = Set.of("landmine", "mine", "ied", "bomb", "device", "explosive", "grenade",
            "bom", "ranjau", "granat", "airstrike", "airstrikes", "drone");

    private static final Set<String> RECIPROCAL = Set.of("fought", "fighting", "exchanged", "exchange", "battled",
            "skirmished", "bertempur", "pertempuran", "baku", "kontak");
    private static final Set<String> REPULSE = Set.of("repulsed", "repelled", "memukul");

    /** "X and Y clashed": the last two actors before the trigger, joined by "and". */
    private static ActorMention[] coordinatedPair(Report r, List<ActorMention> inS, int from, int trigger) {
        ActorMention second = null, first = null;
        for (ActorMention a : inS) {
            if (a.endToken() > trigger) break;
            first = second;
            second = a;
        }
        if (first == null || second == null || same(first, second)) return null;
        for (int k = first.endToken(); k < second.firstToken(); k++) {
            String w = r.tokens().get(k).lower();
            if (w.equals("and") || w.equals("dan") || w.equals("with") || w.equals("dengan")) return new ActorMention[] {first, second};
        }
        return null;
    }

    /** "clashes took place between X and Y", "bentrok antara X dan Y". */
    private static ActorMention[] between(Report r, List<ActorMention> inS, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = r.tokens().get(k).lower();
            if (!w.equals("between") && !w.equals("antara")) continue;
            ActorMention first = null;
            for (ActorMention a : inS) {
                if (a.firstToken() <= k) continue;
                if (first == null) first = a;
                else if (!same(first, a)) return new ActorMention[] {first, a};
            }
            return null;
        }
        return null;
    }

    private static ActorMention apposition(List<ActorMention> inS, ActorMention a) {
        if (a == null || a.named() != null) return a;
        for (ActorMention b : inS) {
            if (b.named() != null && b.firstToken() >= a.endToken() && b.firstToken() <= a.endToken() + 1) return b;
        }
        return a;
    }

    private static boolean isPassive(Report r, EventMention m) {
        List<Token> toks = r.tokens();
        Token first = toks.get(m.firstToken());
        String w = first.lower();
        if (w.startsWith("di") && w.length() > 4 && !w.equals("dalam") && Character.isLetter(w.charAt(2))) {
            return r.language().equals("id") || r.language().equals("ms");
        }
        if (m.firstToken() > 0) {
            String prev = toks.get(m.firstToken() - 1).lower();
            return PASSIVE_AUX.contains(prev) && (w.endsWith("ed") || w.equals("shot") || w.equals("hit"));
        }
        return false;
    }

    private static final Set<String> VICTIM_WORDS = Set.of("korban", "victim", "victims");

    /** "yang menjadi korban", "who were the victims of": a victim word within the few words between actor and act. */
    private static boolean victimMarkerBetween(List<Token> toks, int from, int to) {
        if (to - from > 5) return false;
        for (int k = from; k < to; k++) if (VICTIM_WORDS.contains(toks.get(k).lower())) return true;
        return false;
    }

    private static boolean precededByAgentive(Report r, ActorMention a, EventMention m) {
        for (int k = m.endToken(); k < a.firstToken(); k++) {
            String w = r.tokens().get(k).lower();
            if (w.equals("by") || w.equals("oleh")) return true;
        }
        return false;
    }

    /** An actor named inside the stretch that credits a statement ("aktivis lokal Firas al-Hamad mengatakan kepada ARA News"). */
    private static boolean isSourceDescription(Report r, ActorMention a) {
        for (Attribution at : r.attributions()) {
            if (at.source().evidence() != null && at.source().evidence().start() <= a.span().start()
                    && a.span().end() <= at.source().evidence().end()) {
                return true;
            }
        }
        return confirmedBy(r, a);
    }

    private static final java.util.Set<String> CONFIRMING = java.util.Set.of("confirmed", "reported", "announced", "declared",
            "pronounced", "dikonfirmasi", "dilaporkan", "diumumkan");

    /** "nine people were confirmed dead by the police": who confirms a toll tells it, and took no part. */
    private static boolean confirmedBy(Report r, ActorMention a) {
        List<Token> toks = r.tokens();
        int k = a.firstToken() - 1;
        if (k >= 0 && toks.get(k).lower().equals("the")) k--;
        if (k < 0 || !(toks.get(k).lower().equals("by") || toks.get(k).lower().equals("oleh"))) return false;
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) if (CONFIRMING.contains(toks.get(j).lower())) return true;
        return false;
    }

    static boolean same(ActorMention a, ActorMention b) {
        if (a == null || b == null) return false;
        if (a.named() != null && b.named() != null) return a.named().name().equals(b.named().name());
        if (a.role() != null && b.role() != null) {
            return a.role().role().equals(b.role().role()) && java.util.Objects.equals(a.country(), b.country());
        }
        return false;
    }
}
