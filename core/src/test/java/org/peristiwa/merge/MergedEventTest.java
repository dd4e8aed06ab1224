package org.peristiwa.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MergedEventTest {

    private final MergeRules rules = MergeRules.standard();

    private static Mentions attack(String id) {
        return Mentions.report(id).type("Violence against civilians", "Attack").on("2021-03-01", 1)
                .at("Nigeria", "Borno", "Konduga", 11.6558, 13.4213, 1);
    }

    @Test
    void theLowestIndependentFigureIsCodedAndTheSpreadKept() {
        MergedEvent ev = MergedEvent.of(List.of(
                attack("a").dead(9, "Reuters", "independent_media").source("Reuters", "independent_media").build(),
                attack("b").dead(7, "AFP", "independent_media").source("AFP", "independent_media").build(),
                attack("c").dead(30, "Amaq", "perpetrator_affiliated").source("Amaq", "perpetrator_affiliated").build()), rules);
        assertEquals(7, ev.record().fatalities);
        assertEquals("independent", ev.fatalitiesBasis());
        assertEquals(7, ev.fatalitiesMin());
        assertEquals(30, ev.fatalitiesMax());
        assertEquals(3, ev.fatalityFigures().size());
        assertTrue(ev.fatalityFigures().stream().anyMatch(f -> f.claim() && f.value() == 30));
        assertEquals(3, ev.numReports());
        assertEquals(3, ev.numSources());
    }

    @Test
    void aClaimNeverRaisesTheFigureButStandsWhenAlone() {
        MergedEvent withLow = MergedEvent.of(List.of(
                attack("a").dead(2, "AFP", "independent_media").build(),
                attack("b").dead(40, "Amaq", "perpetrator_affiliated").build()), rules);
        assertEquals(2, withLow.record().fatalities);
        MergedEvent claimOnly = MergedEvent.of(List.of(attack("b").dead(40, "Amaq", "perpetrator_affiliated").build(),
                attack("c").build()), rules);
        assertEquals(40, claimOnly.record().fatalities);
        assertEquals("claim", claimOnly.fatalitiesBasis());
    }

    @Test
    void aReportSilentOnDeathsIsNoZero() {
        MergedEvent ev = MergedEvent.of(List.of(attack("a").build(), attack("b").dead(5, "AFP", "independent_media").build()), rules);
        assertEquals(5, ev.record().fatalities);
    }

    @Test
    void theMostPrecisePlaceAndDateWinAndTheIdIgnoresOrder() {
        Mention vague = attack("a").on("2021-03-01", 2).at("Nigeria", "Borno", "Borno", 11.5, 13.0, 3).build();
        Mention precise = attack("b").on("2021-03-02", 1).build();
        MergedEvent one = MergedEvent.of(List.of(vague, precise), rules);
        MergedEvent two = MergedEvent.of(List.of(precise, vague), rules);
        assertEquals("Konduga", one.record().location);
        assertEquals("2021-03-02", one.record().eventDate);
        assertEquals("b-1", one.chosenFrom().get("location"));
        assertEquals(one.id(), two.id());
        assertEquals(one.record().location, two.record().location);
        assertEquals("2021-03-01", one.record().dateStart);
    }
}
