package org.peristiwa.event.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peristiwa.Extractor;
import org.peristiwa.pipeline.Pipeline;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Evidence;

/** The hybrid: the bundled sub-type model next to the rules, on reports we write. */
class SubTypeModelTest {

    private static final Extractor HYBRID = new Extractor(Pipeline.standard(Pipeline.bundledModel(), null, false));

    private static EventRecord first(String text) {
        List<EventRecord> e = HYBRID.extract(text, "t", LocalDate.of(2020, 6, 9)).events().stream().filter(EventRecord::isAcledEvent).toList();
        assertTrue(!e.isEmpty(), "no event in: " + text);
        return e.get(0);
    }

    @Test
    void stonesThrownByProtestersAreTheCodebooksCaseNotTheModelsGuess() {
        // the deaths of another event in the sentence pull the model towards excessive force; the thrown stones settle it
        EventRecord e = first("Protesters hurled rocks at riot police blocking a road near parliament in Beirut on Sunday,"
                + " days after a blast at the port killed dozens.");
        assertEquals("Violent demonstration", e.subEventType);
        List<Evidence> why = e.evidence.get("sub_event_type");
        assertTrue(why.stream().anyMatch(ev -> ev.rule().contains("from a specific trigger")), why.toString());
    }

    @Test
    void forceBeyondDispersalToldOfTheProtestIsTheCodebooksCase() {
        EventRecord e = first("Soldiers violently suppressed a peaceful protest against the separation wall in Beit Jala near"
                + " Bethlehem on Sunday, local sources said.");
        assertEquals("Excessive force against protesters", e.subEventType);
        List<Evidence> why = e.evidence.get("sub_event_type");
        assertTrue(why.stream().anyMatch(ev -> ev.rule().contains("from a specific trigger")), why.toString());
        EventRecord excessive = first("Rights groups condemned the police for using excessive force to disperse protesters outside"
                + " the electoral commission in Nairobi on Monday.");
        assertEquals("Excessive force against protesters", excessive.subEventType);
    }

    @Test
    void anAccusedActIsNoActOfTheProtest() {
        EventRecord e = first("Dozens of people protested outside the court in Sidon on Thursday against the detention of two"
                + " activists accused of hurling a petrol bomb at a bank.");
        assertEquals("Protests", e.eventType);
    }
}
