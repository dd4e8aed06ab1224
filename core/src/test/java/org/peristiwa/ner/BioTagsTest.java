package org.peristiwa.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class BioTagsTest {

    @Test
    void chunksBioSequences() {
        assertEquals(List.of(new Entity(0, 2, "PER"), new Entity(3, 4, "LOC"), new Entity(4, 6, "LOC")),
                BioTags.chunks(List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC")));
    }

    @Test
    void strayInsideTagStartsAnEntityAsConllevalDoes() {
        // I- after O, and I- of another type, start a new entity (IOB1 reading).
        assertEquals(List.of(new Entity(1, 3, "ORG"), new Entity(3, 4, "LOC")),
                BioTags.chunks(List.of("O", "I-ORG", "I-ORG", "I-LOC")));
        assertEquals(List.of(new Entity(0, 1, "PER"), new Entity(1, 2, "ORG")),
                BioTags.chunks(List.of("B-PER", "I-ORG")));
    }

    @Test
    void entityAtSentenceEndIsClosed() {
        assertEquals(List.of(new Entity(1, 3, "LOC")), BioTags.chunks(List.of("O", "B-LOC", "I-LOC")));
        assertEquals(List.of(), BioTags.chunks(List.of()));
    }

    @Test
    void mapsTheLabelSetsOfTheIndonesianCorpora() {
        assertEquals("B-PER", BioTags.canonicalTag("B-PERSON"));   // NERGrit
        assertEquals("I-ORG", BioTags.canonicalTag("I-ORGANISATION"));
        assertEquals("B-LOC", BioTags.canonicalTag("B-PLACE"));
        assertEquals("B-PER", BioTags.canonicalTag("B-PPL"));      // NERP
        assertEquals("I-ORG", BioTags.canonicalTag("I-IND"));
        assertEquals("B-LOC", BioTags.canonicalTag("B-PLC"));
        assertEquals("O", BioTags.canonicalTag("B-EVT"));          // types we do not recognise become O
        assertEquals("O", BioTags.canonicalTag("I-FNB"));
        assertEquals("O", BioTags.canonicalTag("O"));
        assertNull(BioTags.type("O"));
    }
}
