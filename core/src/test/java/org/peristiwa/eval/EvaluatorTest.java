package org.peristiwa.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peristiwa.Extractor;
import org.peristiwa.pipeline.Pipeline;
import org.peristiwa.report.Component;
import org.peristiwa.report.Report;

class EvaluatorTest {

    /** A pipeline step that fails on one report, as a bug would. */
    private record FailsOn(String word) implements Component {
        @Override
        public String name() {
            return "fails";
        }

        @Override
        public void process(Report report) {
            if (report.text().contains(word)) throw new IllegalStateException("broken on purpose");
        }
    }

    @Test
    void aReportThatFailsIsCountedAndTheRunGoesOn() throws Exception {
        Extractor extractor = new Extractor(new Pipeline(List.of(new FailsOn("broken"))));
        List<GoldRow> rows = List.of(
                new GoldRow(2, "a", "A quiet day in the market.", null, Map.of("event_type", "NONE")),
                new GoldRow(3, "b", "This one is broken.", null, Map.of("event_type", "NONE")),
                new GoldRow(4, "c", "Another quiet day.", null, Map.of("event_type", "NONE")));
        Map<String, Object> out = new Evaluator(extractor).evaluate(rows, null);
        assertEquals(3, out.get("reports"));
        assertEquals(1, out.get("failed_reports"));
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) out.get("metrics");
        assertEquals(1.0, metrics.get("relevance_accuracy"), "every report is scored, the failed one as having no events");
    }

    @Test
    void aBlankGoldCellIsNotScoredAndNoneIsNotAveragedIntoTheSubTypeF1() throws Exception {
        Extractor extractor = new Extractor(Pipeline.standard(null, null, false));
        List<GoldRow> rows = List.of(
                new GoldRow(2, "a", "On 3 June 2021, protesters rallied outside parliament in Nairobi, Kenya.", null,
                        Map.of("event_type", "Protests", "sub_event_type", "Peaceful protest")),
                new GoldRow(3, "b", "The weather in Nairobi stayed dry all week.", null, Map.of("event_type", "NONE", "sub_event_type", "NONE")),
                new GoldRow(4, "c", "On 3 June 2021, protesters rallied outside parliament in Kampala, Uganda.", null, Map.of("country", "Uganda")));
        Map<String, Object> out = new Evaluator(extractor).evaluate(rows, null);
        @SuppressWarnings("unchecked")
        Map<String, Integer> scored = (Map<String, Integer>) out.get("scored");
        assertEquals(2, scored.get("event_type"), "row c has no gold event type: not scored");
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) out.get("metrics");
        assertEquals(1.0, metrics.get("sub_event_type_weighted_f1"), "one sub-type, right; NONE is a class of its own");
    }
}
