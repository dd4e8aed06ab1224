package org.peristiwa.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups mentions into events. Every pair close enough to compare is compared; the links are then taken strongest
 * first and two groups join only when every mention of one may tell the same event as every mention of the other
 * (so a report placing an attack only "in Borno" cannot chain two attacks in towns 100 km apart into one). Mentions
 * are sorted by id before anything else, so the groups do not depend on the order the mentions arrived in.
 */
public final class Clustering {

    /** A link considered between two mentions: taken, or refused because the groups would hold a pair that may not merge. */
    public record Link(Mention a, Mention b, MergeRules.Comparison comparison) {}

    /** The groups, each sorted by mention id and the list sorted by each group's first id, and every link compared. */
    public record Result(List<List<Mention>> groups, List<Link> links) {}

    private final MergeRules rules;

    public Clustering(MergeRules rules) {
        this.rules = rules;
    }

    public Result cluster(Collection<Mention> input) {
        List<Mention> ms = sorted(input);
        List<Link> links = compareAll(ms);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ms.size(); i++) index.put(ms.get(i).id(), i);
        Set<Long> linked = new HashSet<>();
        List<Link> taken = new ArrayList<>();
        for (Link l : links) {
            if (!l.comparison().linked()) continue;
            linked.add(key(index.get(l.a().id()), index.get(l.b().id())));
            taken.add(l);
        }
        taken.sort(Comparator.comparingDouble((Link l) -> -l.comparison().score())
                .thenComparing(l -> l.a().id()).thenComparing(l -> l.b().id()));
        // each mention starts as its own group; members by group root
        int[] group = new int[ms.size()];
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            group[i] = i;
            members.put(i, new ArrayList<>(List.of(i)));
        }
        for (Link l : taken) {
            int ga = group[index.get(l.a().id())], gb = group[index.get(l.b().id())];
            if (ga == gb || !allLinked(members.get(ga), members.get(gb), linked)) continue;
            int keep = Math.min(ga, gb), gone = Math.max(ga, gb);
            for (int m : members.get(gone)) group[m] = keep;
            members.get(keep).addAll(members.remove(gone));
        }
        List<List<Mention>> groups = new ArrayList<>();
        for (List<Integer> g : new TreeMap<>(members).values()) {
            List<Mention> one = new ArrayList<>();
            g.stream().sorted().forEach(i -> one.add(ms.get(i)));
            groups.add(one);
        }
        return new Result(groups, links);
    }

    /**
     * The connected parts of the link graph: mentions joined by any chain of possible links. Groups never cross
     * them, so a store re-groups only the parts that new mentions touch.
     */
    public List<List<Mention>> components(Collection<Mention> input) {
        List<Mention> ms = sorted(input);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ms.size(); i++) index.put(ms.get(i).id(), i);
        int[] parent = new int[ms.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (Link l : compareAll(ms)) {
            if (!l.comparison().linked()) continue;
            int ra = root(parent, index.get(l.a().id())), rb = root(parent, index.get(l.b().id()));
            if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
        Map<Integer, List<Mention>> byRoot = new TreeMap<>();
        for (int i = 0; i < ms.size(); i++) byRoot.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(ms.get(i));
        return new ArrayList<>(byRoot.values());
    }

    /** Compares every pair of mentions in one country whose dates lie within the rules' search window. */
    List<Link> compareAll(List<Mention> ms) {
        List<Mention> dated = new ArrayList<>();
        for (Mention m : ms) if (m.country() != null && m.date() != null) dated.add(m);
        dated.sort(Comparator.comparing(Mention::country).thenComparing(Mention::date).thenComparing(Mention::id));
        List<Link> out = new ArrayList<>();
        int window = rules.settings().candidateDays();
        for (int i = 0; i < dated.size(); i++) {
            Mention a = dated.get(i);
            LocalDate last = a.date().plusDays(window);
            for (int j = i + 1; j < dated.size(); j++) {
                Mention b = dated.get(j);
                if (!b.country().equals(a.country()) || b.date().isAfter(last)) break;
                Mention first = a.id().compareTo(b.id()) <= 0 ? a : b, second = first == a ? b : a;
                out.add(new Link(first, second, rules.compare(first, second)));
            }
        }
        return out;
    }

    private static List<Mention> sorted(Collection<Mention> input) {
        Map<String, Mention> byId = new TreeMap<>();
        for (Mention m : input) byId.put(m.id(), m);
        return new ArrayList<>(byId.values());
    }

    private static boolean allLinked(List<Integer> ga, List<Integer> gb, Set<Long> linked) {
        for (int a : ga) for (int b : gb) if (!linked.contains(key(a, b))) return false;
        return true;
    }

    private static long key(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
