package org.peristiwa.event.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peristiwa.event.EventMention;
import org.peristiwa.event.Modality;
import org.peristiwa.event.Taxonomy;
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


    /**
     * The rules' decision. {@code specific}: the type comes from a trigger that names it outright (weight
     * {@value #SPECIFIC_WEIGHT} or more) or from a codebook distinction the text makes explicit (who took the
     * territory), so that only a sure model may overrule it.
     */
    record Decision(String type, String strongest, Map<String, Integer> scores, boolean sizeMarker, boolean intervened, boolean specific) {}

    /** The weight from which a trigger names its sub-type outright. */
    static final int SPECIFIC_WEIGHT = 5;

    /** Decides the sub-type by the codebook rules and records the triggers behind it as the sub_event_type evidence. */
    Decision decide(Report report, Cluster c, Participants.Found found, String lang, EventRecord r) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        boolean sizeMarker = false;
        boolean anyAsserted = c.mentions.stream().anyMatch(m -> m.modality() == Modality.ASSERTED);
        // the arms a seizure, a find or a defusing is about are its objects, not acts: "grenades were discovered"
        Map<Integer, Integer> seizures = new java.util.HashMap<>();
        for (EventMention m : c.mentions) if (m.type().equals("Disrupted weapons use")) seizures.merge(m.sentence(), m.firstToken(), Math::min);
        for (EventMention m : c.mentions) {
            if (anyAsserted && m.modality() == Modality.CLAIMED) continue;   // a perpetrator's claim does not type what others report
            if (WEAPON_TYPES.contains(m.type()) && seized(seizures, m)) continue;
            if (m.rule().contains(":size=(")) {
                sizeMarker = true;            // ACLED notes give a crowd size only for protests and riots
                continue;
            }
            // the headline and the lede say what the story is about: their words count twice
            scores.merge(m.type(), m.weight() * (leads(report, m) ? 2 : 1), Integer::sum);
        }
        if (scores.isEmpty()) scores.put("@protest", 1);
        String best = null;
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            if (best == null || e.getValue() > scores.get(best)) best = e.getKey();
        }
        best = actOverBackdrop(report, c, scores, best);
        int protest = scores.getOrDefault("@protest", 0) + scores.getOrDefault("Peaceful protest", 0)
                + scores.getOrDefault("Protest with intervention", 0);   // protest words of any kind
        int violentDemo = scores.getOrDefault("Violent demonstration", 0);
        boolean violenceFamily = best.equals("@violence") || best.equals("Armed clash") || best.equals("Attack");
        boolean explicit = false;
        // the means named outright types the act: "set off suicide bombs and exchanged gunfire", "an attack with poison gas"
        String weapon = decisiveWeapon(c, scores, seizures);
        if (weapon == null && violenceFamily && onlyGenericViolence(c)) weapon = strongestWeapon(scores);
        if (weapon != null && (violenceFamily || WEAPON_TYPES.contains(best))) {
            best = weapon;
            violenceFamily = false;
        }
        // people arrested along with their arms: ACLED codes the arrest
        if (best.equals("Disrupted weapons use") && scores.getOrDefault("Arrests", 0) > 0) best = "Arrests";
        // a crowd that attacks, burns or destroys riots: "massa membakar kantor", "a mob lynched"
        int agent = agentInter(found);
        // a verb that itself names a crowd's act ("dikeroyok", "lynched") says who did it, whatever word wins the count
        boolean crowd = agent == 5 || agent == 6 || crowdOf(report, found.agent(), c.head(report)) || crowdInTheLead(report, c)
                || !armedForce(agent) && c.mentions.stream().anyMatch(m -> m.type().equals("Mob violence") && m.weight() >= SPECIFIC_WEIGHT);
        if (crowd && (violenceFamily || best.equals("Looting/property destruction"))) {
            best = agent == 6 || protest > 0 ? "Violent demonstration" : "Mob violence";
            violenceFamily = false;
            explicit = true;
            r.addEvidence("sub_event_type", found.agent() != null
                    ? report.evidence(found.agent().span(), found.agent().rule() + "; codebook:a crowd's violence is a riot")
                    : report.evidence(report.sentences().get(c.head(report).sentence()).span(), "codebook:a crowd's violence is a riot"));
        }
        // "pasukan berusaha membubarkan pengungsi … kelompok itu membalas dengan melempari batu": a crowd that the
        // forces disperse and that fights back riots, whoever fired the shots; no battle without an armed group
        if (violenceFamily && !armedGroupTakesPart(found)) {
            Sentence fought = dispersedCrowdFoughtBack(report, c, lang);
            if (fought != null) {
                best = inContext(report, c, lang, "protest") ? "Violent demonstration" : "Mob violence";
                violenceFamily = false;
                explicit = true;
                r.addEvidence("sub_event_type", report.evidence(fought.span(), "codebook:a crowd dispersed that fights back riots"));
            }
        }
        String type = best;
        List<Token> toks = report.tokens();
        if (violenceFamily && sizeMarker) {
            // violence by a crowd: by demonstrators a violent demonstration, otherwise mob violence
            type = protest > 0 || violentDemo > 0 ? "Violent demonstration" : "Mob violence";
        } else switch (best) {
            case "@territory" -> {
                int patient = found.patient() == null ? 0 : found.patient().inter();
                if (withoutFight(report, c, scores)) {
                    type = "Non-violent transfer of territory";
                    explicit = true;
                } else if (agent == 1 || agent == 0 && patient >= 2 && patient <= 4) {
                    type = "Government regains territory";   // state forces took it, or took it from a non-state group
                    explicit = agent != 0 || patient != 0;
                } else {
                    type = "Non-state actor overtakes territory";
                    explicit = agent != 0 || patient == 1;
                }
            }
            case "@violence" -> {
                int patient = found.patient() == null ? 0 : found.patient().inter();
                if (patient == 7) {
                    type = "Attack";
                    explicit = true;   // the codebook's distinction, on a victim the text names
                } else if (patient >= 1 && patient <= 4 || patient == 8) {
                    type = "Armed clash";
                    // explicit only when both sides are read and differ ("insurgents kill 12 soldiers"): a patient of
                    // the doer's own kind is too often the doer misread ("Tiv militias attacked the villages")
                    explicit = armed(agent) && agent != patient;
                } else {
                    Sentence s = report.sentences().get(c.head(report).sentence());
                    boolean civilians = classes.any(lang, "civilians", toks, s.firstToken(), s.endToken());
                    boolean armed = classes.any(lang, "armed", toks, c.head(report).endToken(), s.endToken());
                    type = civilians && !armed ? "Attack" : armed ? "Armed clash" : "Attack";
                }
            }
            case "Attack" -> {
                // the codebook's violence against civilians has unarmed victims: an attack on police or soldiers is
                // a battle ("dua anggota Brimob yang menjadi korban penusukan"), unless they were off duty or held
                // captive, whom the codebook counts among civilians. Only state forces: a patient read as an armed
                // group is too often the doer misread ("killed by unknown gunmen"), measured on the ACLED notes.
                int patient = found.patient() == null ? 0 : found.patient().inter();
                if (patient == 1 && agent != 1 && !inContext(report, c, lang, "out_of_combat")) type = "Armed clash";
            }
            case "@protest", "Peaceful protest", "Protest with intervention" -> {
                type = protestKind(report, c, lang, violentDemo);
                // stones thrown, windows smashed, fires set, read in the protest's own sentences: the codebook's
                // distinction made explicit, which only a sure model overrules
                explicit = type.equals("Violent demonstration") && inProtestSentence(report, c, lang, "protester_attack")
                        // live rounds, beatings, a violent crackdown told of the protest: the codebook's excessive force
                        || type.equals("Excessive force against protesters");
            }
            case "Air/drone strike", "Shelling/artillery/missile attack", "Grenade" -> {
                // "serangan udara dan darat", "air strikes backed a ground offensive": the codebook codes fire that
                // supports fighting on the ground as the battle
                // likewise fire the other side answers ("exchanged artillery fire", "responded to the fire"), told in
                // the strike's sentence or the next
                Sentence s = report.sentences().get(c.head(report).sentence());
                Sentence next = s.index() + 1 < report.sentences().size() ? report.sentences().get(s.index() + 1) : s;
                if (!best.equals("Grenade") && classes.any(lang, "ground_assault", toks, s.firstToken(), s.endToken())
                        || classes.any(lang, "exchange_of_fire", toks, s.firstToken(), next.endToken())) {
                    type = "Armed clash";
                    explicit = true;
                }
            }
            case "Violent demonstration" -> {
                // rioters, stones, a prison riot with no protest word in the event's sentences (no demonstration, no
                // demand): the codebook's mob violence; a demonstration turned violent needs a demonstration
                if (agent != 6 && !inContext(report, c, lang, "protest")) type = "Mob violence";
            }
            case "Arrests" -> {
                // ACLED codes an arrest in which arms were seized as the arrest: the codebook settles it
                for (String t : scores.keySet()) if (t.equals("Disrupted weapons use") || WEAPON_TYPES.contains(t)) explicit = true;
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
        return new Decision(type, best, scores, sizeMarker, protestType && intervened(report, c, lang), explicit || named(c, best, type));
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

    private static final Taxonomy TAXONOMY = Taxonomy.standard();
    private static final java.util.Set<String> ACTS = java.util.Set.of("Battles", "Violence against civilians",
            "Explosions/Remote violence", "Protests", "Riots");

    /**
     * "beaten up during the coronavirus lockdown", "attacked a police patrol": a change of activity that only generic
     * words name (a lockdown, a patrol, a deployment) is the backdrop of the act of violence or protest the same event
     * tells, not the event; the strongest such act types it.
     */
    private static String actOverBackdrop(Report report, Cluster c, Map<String, Integer> scores, String best) {
        if (!best.equals("Change to group/activity")) return best;
        java.util.Set<Integer> backdrop = new java.util.HashSet<>();
        for (EventMention m : c.mentions) {
            if (!m.type().equals(best)) continue;
            if (m.weight() >= SPECIFIC_WEIGHT) return best;
            backdrop.add(m.sentence());
        }
        // the act told as happening in the backdrop's own sentence: not the cause it followed ("the move came after
        // tens of its fighters were killed"), nor what troops stand ready for ("ready to counter an airstrike")
        String act = null;
        for (EventMention m : c.mentions) {
            String t = m.type();
            if (m.modality() != Modality.ASSERTED || !backdrop.contains(m.sentence()) || !scores.containsKey(t)
                    || toldAsCause(report, m)) continue;
            boolean isAct = t.equals("@violence") || t.equals("@protest")
                    || TAXONOMY.isSubType(t) && ACTS.contains(TAXONOMY.subType(t).eventType());
            if (isAct && (act == null || scores.get(t) > scores.get(act))) act = t;
        }
        return act == null ? best : act;
    }

    private static boolean armed(int inter) {
        return inter >= 1 && inter <= 4 || inter == 8;
    }

    private static final java.util.Set<String> CAUSE = java.util.Set.of("after", "following", "setelah", "usai", "pasca", "seusai");

    /** "came after gunmen attacked its bases": an act told as what came before, within eight words of "after". */
    private static boolean toldAsCause(Report report, EventMention m) {
        Sentence s = report.sentences().get(m.sentence());
        for (int k = Math.max(s.firstToken(), m.firstToken() - 8); k < m.firstToken(); k++) {
            if (CAUSE.contains(report.tokens().get(k).lower())) return true;
        }
        return false;
    }

    /** Whether a non-state armed group (rebels, militia, an unidentified armed group) is the agent or the patient. */
    private static boolean armedGroupTakesPart(Participants.Found f) {
        for (ActorMention a : java.util.Arrays.asList(f.agent(), f.patient())) {
            if (a != null && (a.inter() >= 2 && a.inter() <= 4 || a.inter() == 8)) return true;
        }
        return false;
    }

    /** The first of the event's sentences where a crowd is dispersed and throws, burns or smashes (neither negated). */
    private Sentence dispersedCrowdFoughtBack(Report report, Cluster c, String lang) {
        List<Token> toks = report.tokens();
        for (int si : c.context) {
            Sentence s = report.sentences().get(si);
            boolean dispersed = false;
            for (PhraseIndex.Match<String> d : classes.all(lang, "intervention", toks, s.firstToken(), s.endToken())) {
                String next = d.end() < s.endToken() ? toks.get(d.end()).lower() : "";
                if (next.equals("diri") || next.equals("peacefully") || next.equals("themselves")) continue;
                if (!negatedOrModal(toks, s, d.start())) dispersed = true;
            }
            if (!dispersed) continue;
            for (PhraseIndex.Match<String> a : classes.all(lang, "protester_attack", toks, s.firstToken(), s.endToken())) {
                if (!negatedOrModal(toks, s, a.start())) return s;
            }
        }
        return null;
    }


    /**
     * The codebook's protest distinctions, in its order: the protesters' own violence — stones, fire, smashing,
     * clashes with the police — makes a violent demonstration (whatever the police did); force beyond dispersal
     * against them (live rounds, killings, beatings, a violent crackdown) is excessive force; dispersal, tear gas or
     * arrests are an intervention; otherwise the protest was peaceful.
     */
    private String protestKind(Report report, Cluster c, String lang, int violentDemoScore) {
        if (violentDemoScore >= 2 || inProtestSentence(report, c, lang, "crowd_violence")) return "Violent demonstration";
        if (inProtestSentence(report, c, lang, "excessive_force")) return "Excessive force against protesters";
        return intervened(report, c, lang) ? "Protest with intervention" : "Peaceful protest";
    }

    /**
     * Whether a word of {@code cls} occurs, neither negated ("without violence") nor recalled ("killed last month"),
     * in one of the event's sentences that speaks of the protest (a protest word or a trigger of the protest).
     */
    private boolean inProtestSentence(Report report, Cluster c, String lang, String cls) {
        List<Token> toks = report.tokens();
        for (int si : c.context) {
            Sentence s = report.sentences().get(si);
            if (!classes.any(lang, "protest", toks, s.firstToken(), s.endToken())) continue;
            for (PhraseIndex.Match<String> m : classes.all(lang, cls, toks, s.firstToken(), s.endToken())) {
                if (negatedOrModal(toks, s, m.start()) || recalledAfter(toks, s, m.end())) continue;
                return true;
            }
        }
        return false;
    }

    /** Whether a word of {@code cls} occurs in any of the event's sentences. */
    private boolean inContext(Report report, Cluster c, String lang, String cls) {
        List<Token> toks = report.tokens();
        for (int si : c.context) {
            Sentence s = report.sentences().get(si);
            if (classes.any(lang, cls, toks, s.firstToken(), s.endToken())) return true;
        }
        return false;
    }

    private static final java.util.Set<String> RECALLED = java.util.Set.of("last", "earlier", "previously", "ago", "lalu",
            "sebelumnya", "silam", "past");

    /** "demonstrators killed last month", "tewas pekan lalu": the words right after an act place it in the past. */
    private static boolean recalledAfter(List<Token> toks, Sentence s, int from) {
        for (int k = from; k < Math.min(s.endToken(), from + 4); k++) if (RECALLED.contains(toks.get(k).lower())) return true;
        return false;
    }

    private static final java.util.Set<String> NO_FIGHT = java.util.Set.of("tanpa perlawanan", "without resistance",
            "without a fight", "without fighting", "tanpa pertempuran", "tanpa tembakan", "handed over", "penyerahan", "serah terima",
            "without a shot", "without firing", "handover");
    /** The other side left: taken after a withdrawal, a transfer (unless the words of a fight say otherwise). */
    private static final java.util.Set<String> WITHDRAWAL = java.util.Set.of("withdrew", "withdrawn", "withdrawal", "pulled out",
            "pulled back", "vacated", "abandoned", "menarik diri", "mundur", "ditinggalkan", "penarikan", "ditarik", "meninggalkan");
    private static final java.util.Set<String> WEAPON_TYPES = java.util.Set.of("Shelling/artillery/missile attack",
            "Air/drone strike", "Suicide bomb", "Remote explosive/landmine/IED", "Grenade", "Chemical weapon");
    private static final java.util.Set<String> FIGHTING = java.util.Set.of("Armed clash", "@violence", "Shelling/artillery/missile attack",
            "Air/drone strike", "Suicide bomb", "Remote explosive/landmine/IED", "Grenade", "Chemical weapon");

    /** "took over several villages … without resistance", "entered … after Kurdish forces pulled out": a transfer, not a battle. */
    private static boolean withoutFight(Report report, Cluster c, Map<String, Integer> scores) {
        boolean withdrawal = false;
        for (int si : c.context) {
            String text = report.sentences().get(si).span().of(report.text()).toLowerCase(Locale.ROOT);
            for (String cue : NO_FIGHT) if (text.contains(cue)) return true;
            for (String cue : WITHDRAWAL) if (text.contains(cue)) withdrawal = true;
        }
        if (!withdrawal) return false;
        for (String t : scores.keySet()) if (FIGHTING.contains(t)) return false;
        return true;
    }

    private static final java.util.Set<String> CROWD_COUNTS = java.util.Set.of("ratusan", "ribuan", "puluhan", "belasan",
            "sekelompok", "segerombolan", "sekumpulan", "gerombolan", "hundreds", "thousands", "dozens", "scores", "crowd", "mob");

    /**
     * "Ratusan anggota Banser menyerang…", "hundreds of villagers attacked…": an agent counted as a crowd, unless it is
     * an army, a rebel group or foreign forces (hundreds of fighters are still fighters).
     */
    private static boolean crowdOf(Report report, org.peristiwa.mention.ActorMention agent, EventMention head) {
        if (agent != null && agent.firstToken() < head.firstToken() && armedForce(agent.inter())) return false;
        List<Token> toks = report.tokens();
        // "77 people had died", "50 orang terluka": a count of victims, not a crowd that acts
        if (sufferedBy(toks, head)) return false;
        Sentence s = report.sentences().get(head.sentence());
        // the count opens the subject: "Ratusan orang yang diduga anggota FPI membakar…"; with no agent named, the
        // words before the act
        boolean before = agent != null && agent.firstToken() < head.firstToken();
        int from = before ? agent.firstToken() - 8 : s.firstToken(), to = before ? agent.firstToken() : head.firstToken();
        for (int k = Math.max(s.firstToken(), from); k < to; k++) {
            if (CROWD_COUNTS.contains(toks.get(k).lower())) return true;
        }
        return false;
    }

    private static final java.util.Set<String> SUFFERED = java.util.Set.of("died", "dies", "dead", "death", "deaths", "perished",
            "injured", "wounded", "hurt", "tewas", "meninggal", "terluka", "luka", "luka-luka", "cedera");
    private static final java.util.Set<String> PASSIVE_AUX = java.util.Set.of("was", "were", "been", "is", "are", "be");

    /** Whether the act's word tells what its subject suffered: a death or a wound, or a passive "were killed". */
    private static boolean sufferedBy(List<Token> toks, EventMention head) {
        String w = toks.get(head.firstToken()).lower();
        if (SUFFERED.contains(w)) return true;
        return head.firstToken() > 0 && PASSIVE_AUX.contains(toks.get(head.firstToken() - 1).lower());
    }

    /**
     * "Ratusan anggota Banser dan kelompok Ambon menyerang rumah …" in the lede, whatever later sentence heads the
     * event: a count of people opens the subject of a violent act the lead reports, and no state force stands in it.
     */
    private static boolean crowdInTheLead(Report report, Cluster c) {
        for (EventMention m : c.mentions) {
            if (!leads(report, m) || !VIOLENT.contains(m.type())) continue;
            Sentence s = report.sentences().get(m.sentence());
            boolean armed = report.actors().stream()
                    .anyMatch(a -> a.firstToken() >= s.firstToken() && a.firstToken() < m.firstToken() && armedForce(a.inter()));
            if (!armed && crowdOf(report, null, m)) return true;
        }
        return false;
    }

    /** State forces, rebels and external forces (ACLED inter codes 1, 2, 8): their count makes no crowd. */
    private static boolean armedForce(int inter) {
        return inter == 1 || inter == 2 || inter == 8;
    }

    private static final java.util.Set<String> VIOLENT = java.util.Set.of("@violence", "Armed clash", "Attack", "Looting/property destruction");

    /** Whether a mention stands in the title or the lede (the first two body sentences). */
    private static boolean leads(Report report, EventMention m) {
        org.peristiwa.report.Sentence s = report.sentences().get(m.sentence());
        if (s.zone() == Zone.TITLE) return true;
        if (s.zone() != Zone.BODY) return false;
        int bodyBefore = 0;
        for (int i = 0; i < s.index(); i++) if (report.sentences().get(i).zone() == Zone.BODY) bodyBefore++;
        return bodyBefore < 2;
    }

    /** Whether every violence word of the event is a generic one ("attack", "killed", "serangan"): no clash, no shooting. */
    private static boolean onlyGenericViolence(Cluster c) {
        for (EventMention m : c.mentions) {
            if ((m.type().equals("@violence") || m.type().equals("Armed clash") || m.type().equals("Attack")) && m.weight() > 2) return false;
        }
        return true;
    }

    /** The weapon type the event's triggers weigh most, if any ("ledakan", "bomb" in an attack): an explosion types the attack. */
    private static String strongestWeapon(Map<String, Integer> scores) {
        String best = null;
        for (String t : WEAPON_TYPES) {
            int v = scores.getOrDefault(t, 0);
            if (v > 0 && (best == null || v > scores.get(best) || v == scores.get(best) && t.compareTo(best) < 0)) best = t;
        }
        return best;
    }

    /**
     * Whether a weapon's word is the object of a seizure in its sentence. Aircraft named before the seizing verb are
     * its means ("Turkish jets destroyed weapon depots"); arms are its objects wherever they stand ("grenades were
     * discovered").
     */
    private static boolean seized(Map<Integer, Integer> seizures, EventMention weapon) {
        Integer at = seizures.get(weapon.sentence());
        return at != null && (weapon.firstToken() > at || !weapon.type().equals("Air/drone strike"));
    }

    /** Among the weapons the event's triggers name outright, the one that types it: chemical, then suicide, then the most named. */
    private static String decisiveWeapon(Cluster c, Map<String, Integer> scores, Map<Integer, Integer> seizures) {
        java.util.Set<String> decisive = new java.util.HashSet<>();
        for (EventMention m : c.mentions) {
            if (WEAPON_TYPES.contains(m.type()) && m.weight() >= SPECIFIC_WEIGHT && !seized(seizures, m)
                    && (m.modality() == Modality.ASSERTED || m.modality() == Modality.CLAIMED)) decisive.add(m.type());
        }
        if (decisive.contains("Chemical weapon")) return "Chemical weapon";
        if (decisive.contains("Suicide bomb")) return "Suicide bomb";
        // mortars, rockets or grenades in a fight both sides fought are the clash's arms: ACLED codes the clash
        for (EventMention m : c.mentions) {
            if (m.type().equals("Armed clash") && m.weight() >= 3 && (m.modality() == Modality.ASSERTED || m.modality() == Modality.CLAIMED)) return null;
        }
        String best = null;
        for (String t : decisive) if (best == null || scores.getOrDefault(t, 0) > scores.getOrDefault(best, 0)
                || scores.getOrDefault(t, 0).equals(scores.getOrDefault(best, 0)) && t.compareTo(best) < 0) best = t;
        return best;
    }

    /** Whether a trigger of the decided type names it outright (weight {@value #SPECIFIC_WEIGHT} or more, asserted). */
    private static boolean named(Cluster c, String strongest, String type) {
        if (strongest.startsWith("@") || !strongest.equals(type)) return false;
        for (EventMention m : c.mentions) {
            if (m.type().equals(type) && m.weight() >= SPECIFIC_WEIGHT
                    && (m.modality() == Modality.ASSERTED || m.modality() == Modality.CLAIMED)) return true;
        }
        return false;
    }

    private static final java.util.Set<String> NEGATION_OR_MODAL = java.util.Set.of("not", "no", "never", "would", "will",
            "could", "may", "might", "tidak", "tak", "belum", "akan", "bisa", "dapat", "without", "tanpa", "accused", "dituduh");

    /** "did not intervene", "warned that officers would arrest", "accused of hurling": no such act is reported. */
    private static boolean negatedOrModal(List<Token> toks, Sentence s, int at) {
        for (int k = Math.max(s.firstToken(), at - 4); k < at; k++) {
            if (NEGATION_OR_MODAL.contains(toks.get(k).lower())) return true;
        }
        return false;
    }

    private static int agentInter(Participants.Found f) {
        return f.agent() == null ? 0 : f.agent().inter();
    }

}
