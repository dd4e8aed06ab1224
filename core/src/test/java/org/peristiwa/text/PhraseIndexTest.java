package org.peristiwa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peristiwa.report.Token;

class PhraseIndexTest {

    private static List<Token> toks(String s) {
        return new Tokenizer().tokenize(s, 0, s.length(), 0);
    }

    @Test
    void longestMatchWinsAndStarsMatchAnyEndingInAnyPosition() {
        PhraseIndex<String> idx = new PhraseIndex<>();
        idx.add("exchange* fire", "clash");
        idx.add("fire", "fire");
        idx.add("air strike*", "air");
        List<Token> t = toks("They exchanged fire after air strikes");
        assertEquals(List.of("clash"), idx.longestAt(t, 1, t.size()).values());
        assertEquals(3, idx.longestAt(t, 1, t.size()).end());
        assertEquals(List.of("air"), idx.longestAt(t, 4, t.size()).values());
    }

    @Test
    void shortAcronymsMatchOnlyInCapitals() {
        PhraseIndex<String> idx = new PhraseIndex<>();
        idx.add("IS", "islamic state");
        idx.add("Taliban", "taliban");
        List<Token> t = toks("It is IS and the taliban");
        assertNull(idx.longestAt(t, 1, t.size()));
        assertEquals(List.of("islamic state"), idx.longestAt(t, 2, t.size()).values());
        assertEquals(List.of("taliban"), idx.longestAt(t, 5, t.size()).values());
    }
}
