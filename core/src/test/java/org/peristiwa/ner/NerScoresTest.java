package org.peristiwa.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NerScoresTest {

    private static final double EPS = 1e-9;

    @Test
    void exactSpanAndTypeCount() {
        NerScores s = new NerScores();
        s.add(List.of(new Entity(0, 2, "PER"), new Entity(5, 6, "LOC")),
                List.of(new Entity(0, 2, "PER"), new Entity(5, 6, "LOC")));
        assertEquals(1.0, s.f1(), EPS);
        assertEquals(1.0, s.f1("PER"), EPS);
        assertEquals(0.0, s.f1("ORG"), EPS); // no ORG at all: 0, not NaN
    }

    @Test
    void partialSpansDoNotCount() {
        NerScores s = new NerScores();
        // gold "Joko Widodo" (0..2); predicted only "Widodo" (1..2): a false positive and a false negative.
        // gold "Kabupaten Nduga" (3..5); predicted "Kabupaten Nduga Papua" (3..6): too long, also no credit.
        s.add(List.of(new Entity(0, 2, "PER"), new Entity(3, 5, "LOC")),
                List.of(new Entity(1, 2, "PER"), new Entity(3, 6, "LOC")));
        assertEquals(0, s.correct());
        assertEquals(2, s.predicted());
        assertEquals(2, s.gold());
        assertEquals(0.0, s.f1(), EPS);
    }

    @Test
    void rightSpanWrongTypeDoesNotCount() {
        NerScores s = new NerScores();
        s.add(List.of(new Entity(2, 4, "ORG")), List.of(new Entity(2, 4, "LOC")));
        assertEquals(0.0, s.precision(), EPS);
        assertEquals(0.0, s.recall(), EPS);
        assertEquals(0.0, s.recall("ORG"), EPS);
        assertEquals(0.0, s.precision("LOC"), EPS);
    }

    @Test
    void microAveragesOverSentencesAndTypes() {
        NerScores s = new NerScores();
        // sentence 1: 2 gold PER, 1 found; one spurious LOC
        s.add(List.of(new Entity(0, 1, "PER"), new Entity(3, 5, "PER")),
                List.of(new Entity(0, 1, "PER"), new Entity(6, 7, "LOC")));
        // sentence 2: 1 gold ORG found, 1 gold LOC missed
        s.add(List.of(new Entity(0, 2, "ORG"), new Entity(4, 5, "LOC")), List.of(new Entity(0, 2, "ORG")));
        assertEquals(2.0 / 3, s.precision(), EPS);
        assertEquals(2.0 / 4, s.recall(), EPS);
        assertEquals(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), s.f1(), EPS);
        assertEquals(1.0, s.precision("PER"), EPS);
        assertEquals(0.5, s.recall("PER"), EPS);
        assertEquals(0.0, s.f1("LOC"), EPS);
        Map<String, Object> m = s.toMap();
        assertEquals(List.of("f1", "precision", "recall", "per_type"), List.copyOf(m.keySet()).subList(0, 4));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> perType = (Map<String, Map<String, Object>>) m.get("per_type");
        assertEquals(List.of("PER", "ORG", "LOC"), List.copyOf(perType.keySet()));
        assertEquals(2, perType.get("PER").get("support"));
        assertEquals(0.6667, perType.get("PER").get("f1"));
    }

    @Test
    void goldAndPredictionFromTagsFollowConll() {
        // A prediction that breaks an entity in two scores nothing for it.
        List<String> gold = List.of("B-ORG", "I-ORG", "I-ORG", "O");
        List<String> pred = List.of("B-ORG", "I-ORG", "B-ORG", "O");
        NerScores s = new NerScores();
        s.add(BioTags.chunks(gold), BioTags.chunks(pred));
        assertEquals(0, s.correct());
        assertEquals(2, s.predicted());
        assertEquals(1, s.gold());
    }
}
