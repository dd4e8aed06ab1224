package org.peristiwa.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClusteringTest {

    private final Clustering clustering = new Clustering(MergeRules.standard());

    private static Mention attack(String id, String date, String town, double lat, double lon, int precision) {
        return Mentions.report(id).type("Violence against civilians", "Attack").on(date, 1)
                .at("Nigeria", "Borno", town, lat, lon, precision).build();
    }

    private static List<List<String>> ids(Clustering.Result r) {
        return r.groups().stream().map(g -> g.stream().map(Mention::id).toList()).toList();
    }

    @Test
    void aProvinceOnlyReportDoesNotChainTwoTownsIntoOneEvent() {
        Mention konduga1 = attack("k1", "2021-03-01", "Konduga", 11.6558, 13.4213, 1);
        Mention konduga2 = attack("k2", "2021-03-01", "Konduga", 11.6558, 13.4213, 1);
        Mention damboa = attack("d1", "2021-03-01", "Damboa", 11.1553, 12.7564, 1);
        Mention borno = attack("p1", "2021-03-01", "Borno", 11.5, 13.0, 3);
        var r = clustering.cluster(List.of(konduga1, konduga2, damboa, borno));
        // the province-only report joins one of them (the stronger link: the pair of Konduga reports is one event
        // first; Borno then can join Konduga's group since it may be either), never both
        assertEquals(2, r.groups().size(), ids(r).toString());
        assertEquals(1, clustering.components(List.of(konduga1, konduga2, damboa, borno)).size());
    }

    @Test
    void groupsDoNotDependOnOrder() {
        List<Mention> ms = new ArrayList<>();
        Random rnd = new Random(7);
        String[] towns = {"Konduga", "Damboa", "Bama", "Gwoza"};
        double[][] pts = {{11.6558, 13.4213}, {11.1553, 12.7564}, {11.5221, 13.6856}, {11.0864, 13.6936}};
        for (int i = 0; i < 120; i++) {
            int t = rnd.nextInt(towns.length);
            int day = 1 + rnd.nextInt(10);
            ms.add(attack(String.format("r%03d", i), String.format("2021-03-%02d", day), towns[t], pts[t][0], pts[t][1],
                    rnd.nextInt(5) == 0 ? 3 : 1));
        }
        List<List<String>> first = ids(clustering.cluster(ms));
        for (int k = 0; k < 5; k++) {
            List<Mention> shuffled = new ArrayList<>(ms);
            Collections.shuffle(shuffled, new Random(k));
            assertEquals(first, ids(clustering.cluster(shuffled)));
        }
        // and grouping each component alone gives the same groups as grouping everything
        List<List<String>> byComponent = new ArrayList<>();
        for (List<Mention> c : clustering.components(ms)) byComponent.addAll(ids(clustering.cluster(c)));
        byComponent.sort(java.util.Comparator.comparing(g -> g.get(0)));
        assertEquals(first, byComponent);
    }
}
