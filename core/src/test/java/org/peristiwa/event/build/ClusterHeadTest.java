package org.peristiwa.event.build;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peristiwa.Extractor;
import org.peristiwa.pipeline.Pipeline;

/** A cluster always has a head, however little its mentions weigh. */
class ClusterHeadTest {

    @Test
    void aTitlesInstrumentWordAloneStillHeadsItsEvent() {
        // the only trigger is a weak one in the title, after "with": its weight falls below zero
        String text = "Farmers greet the harvest with beating drums\n\nThe festival in Kediri went on until late at night.";
        assertDoesNotThrow(() -> new Extractor(Pipeline.standard(null)).extract(text, "t", LocalDate.of(2021, 6, 15)));
    }
}
