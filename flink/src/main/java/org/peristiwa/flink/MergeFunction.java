package org.peristiwa.flink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.BasicArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.peristiwa.merge.Clustering;
import org.peristiwa.merge.MergeRules;
import org.peristiwa.merge.MergedEvent;
import org.peristiwa.merge.Mention;

/**
 * Merges mentions into events with keyed state, with the store's rules and grouping ({@link MergeRules},
 * {@link Clustering}, {@link MergedEvent} from core), the way the store re-merges a batch.
 * <p>
 * <b>The key.</b> Mentions are keyed by country: the merge rules never link two mentions of different countries (nor
 * any mention without a country or a date), so every connected part of the link graph lies within one key, and the
 * grouping of a part depends on that part alone. A finer key (a province, a grid cell, a week) would cut parts that
 * cross its boundaries (places 25 km apart across a provincial border, a chain of reports across a week's end), and
 * the events would no longer be the store's. Extraction, where nearly all the time goes, is not keyed.
 * <p>
 * <b>A new mention</b> is compared with the key's mentions dated within the rules' search window; the components
 * (connected parts) of those it links with are re-grouped with it, exactly as {@code EventStore.add} does, so the
 * events do not depend on the order mentions arrive in. Each event whose members changed is emitted as an
 * {@link EventChange#UPSERT}; each event id that no longer exists (its reports now belong to an event with another
 * id: an event's id is that of its smallest mention) as a {@link EventChange#DELETE}. A mention seen before (the same
 * text read twice) changes nothing. A mention that cannot link (no country or no date) is an event of its own.
 * <p>
 * <b>Forgetting.</b> With {@code forgetAfterDays} > 0, a component all of whose mentions are dated that many days
 * before the newest mention of its key is dropped from the state: its events are final, and a report arriving later
 * about one of them makes an event of its own. 0 keeps everything (the store's behaviour).
 */
public final class MergeFunction extends KeyedProcessFunction<String, MentionIn, EventChange> {

    private static final long serialVersionUID = 1L;
    /** Parsed mentions kept between elements (parsing a record's JSON costs more than comparing it). */
    private static final int PARSED_CACHE = 20_000;

    private final int forgetAfterDays;

    private transient MapState<String, MentionIn> mentions;
    /** mention id → {event id, component id} */
    private transient MapState<String, String[]> assigned;
    /** component id (its smallest mention id) → its mention ids */
    private transient MapState<String, List<String>> components;
    /** epoch day → the ids of the mentions dated that day */
    private transient MapState<Long, List<String>> byDay;
    private transient ValueState<Long> version, newestDay;
    /** for a mention that cannot link: whether its event was emitted */
    private transient ValueState<Boolean> single;

    private transient MergeRules rules;
    private transient Clustering clustering;
    private transient Map<String, Mention> parsed;

    public MergeFunction(int forgetAfterDays) {
        this.forgetAfterDays = forgetAfterDays;
    }

    @Override
    public void open(OpenContext context) {
        var rc = getRuntimeContext();
        mentions = rc.getMapState(new MapStateDescriptor<>("mentions", Types.STRING, TypeInformation.of(MentionIn.class)));
        assigned = rc.getMapState(new MapStateDescriptor<>("assigned", Types.STRING, BasicArrayTypeInfo.STRING_ARRAY_TYPE_INFO));
        components = rc.getMapState(new MapStateDescriptor<>("components", Types.STRING, Types.LIST(Types.STRING)));
        byDay = rc.getMapState(new MapStateDescriptor<>("by-day", Types.LONG, Types.LIST(Types.STRING)));
        version = rc.getState(new ValueStateDescriptor<>("version", Types.LONG));
        newestDay = rc.getState(new ValueStateDescriptor<>("newest-day", Types.LONG));
        single = rc.getState(new ValueStateDescriptor<>("single", Types.BOOLEAN));
        rules = MergeRules.standard();
        clustering = new Clustering(rules);
        parsed = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Mention> eldest) {
                return size() > PARSED_CACHE;
            }
        };
    }

    @Override
    public void processElement(MentionIn in, Context ctx, Collector<EventChange> out) throws Exception {
        String key = ctx.getCurrentKey();
        if (!in.linkable()) {
            if (single.value() != null) return;
            single.update(true);
            Mention m = mention(in);
            out.collect(EventChange.upsert(MergedEvent.of(List.of(m), rules), 1, key));
            return;
        }
        if (mentions.contains(in.id)) return;
        Mention m = mention(in);

        // 1. the components of the mentions within the search window that the new one links with
        int window = rules.settings().candidateDays();
        Set<String> touched = new TreeSet<>();
        for (long d = in.day - window; d <= in.day + window; d++) {
            List<String> ids = byDay.get(d);
            if (ids == null) continue;
            for (String id : ids) {
                String component = assigned.get(id)[1];
                if (touched.contains(component)) continue;
                Mention s = mention(id);
                if (rules.candidates(m, s) && rules.compare(m, s).linked()) touched.add(component);
            }
        }
        // 2. those components and the new mention, with the events they belonged to
        Map<String, Mention> all = new TreeMap<>();
        all.put(m.id(), m);
        Map<String, Set<String>> oldMembers = new HashMap<>();
        for (String component : touched) {
            for (String id : components.get(component)) {
                all.put(id, mention(id));
                oldMembers.computeIfAbsent(assigned.get(id)[0], k -> new HashSet<>()).add(id);
            }
        }
        // 3. re-group them; an event whose mentions are the very ones it had is left as it is
        List<MergedEvent> changed = new ArrayList<>();
        Set<String> now = new HashSet<>();
        Map<String, List<String>> newComponents = new LinkedHashMap<>();
        Map<String, String[]> newAssigned = new HashMap<>();
        for (List<Mention> component : clustering.components(all.values())) {
            String componentId = component.get(0).id();
            List<String> members = new ArrayList<>(component.size());
            for (Mention x : component) members.add(x.id());
            newComponents.put(componentId, members);
            for (List<Mention> group : clustering.cluster(component).groups()) {
                String id = MergedEvent.idOf(group);
                now.add(id);
                Set<String> ids = new HashSet<>();
                for (Mention x : group) {
                    ids.add(x.id());
                    newAssigned.put(x.id(), new String[] {id, componentId});
                }
                if (!ids.equals(oldMembers.get(id))) changed.add(MergedEvent.of(group, rules));
            }
        }
        // 4. the state
        for (String component : touched) components.remove(component);
        components.putAll(newComponents);
        assigned.putAll(newAssigned);
        mentions.put(in.id, in);
        List<String> sameDay = byDay.get(in.day);
        List<String> day = sameDay == null ? new ArrayList<>(1) : new ArrayList<>(sameDay);
        day.add(in.id);
        byDay.put(in.day, day);
        // 5. the changes: ids gone first, then the events as they now are
        long v = version.value() == null ? 0 : version.value();
        for (String gone : new TreeSet<>(oldMembers.keySet())) {
            if (!now.contains(gone)) out.collect(EventChange.delete(gone, ++v, key));
        }
        for (MergedEvent ev : changed) out.collect(EventChange.upsert(ev, ++v, key));
        version.update(v);

        Long newest = newestDay.value();
        if (newest == null || in.day > newest) {
            newestDay.update(in.day);
            if (forgetAfterDays > 0 && newest != null) forget(in.day - forgetAfterDays);
        }
    }

    /** Drops the components all of whose mentions are dated before {@code cutoff} (epoch day). */
    private void forget(long cutoff) throws Exception {
        List<Long> oldDays = new ArrayList<>();
        for (Long d : byDay.keys()) if (d < cutoff) oldDays.add(d);
        Set<String> seen = new HashSet<>();
        for (Long d : oldDays) {
            List<String> ids = byDay.get(d);
            if (ids == null) continue;
            for (String id : ids) {
                String[] a = assigned.get(id);
                if (a == null || !seen.add(a[1])) continue;
                List<String> members = components.get(a[1]);
                boolean old = true;
                for (String x : members) if (mentions.get(x).day >= cutoff) old = false;
                if (!old) continue;
                for (String x : members) {
                    MentionIn mi = mentions.get(x);
                    List<String> sameDay = byDay.get(mi.day);
                    if (sameDay != null) {
                        List<String> rest = new ArrayList<>(sameDay);
                        rest.remove(x);
                        if (rest.isEmpty()) byDay.remove(mi.day);
                        else byDay.put(mi.day, rest);
                    }
                    mentions.remove(x);
                    assigned.remove(x);
                    parsed.remove(x);
                }
                components.remove(a[1]);
            }
        }
    }

    private Mention mention(MentionIn in) {
        Mention m = parsed.get(in.id);
        if (m == null) {
            m = in.toMention();
            parsed.put(in.id, m);
        }
        return m;
    }

    private Mention mention(String id) throws Exception {
        Mention m = parsed.get(id);
        if (m == null) {
            m = mentions.get(id).toMention();
            parsed.put(id, m);
        }
        return m;
    }
}
