package org.peristiwa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peristiwa.report.Token;

class TokenizerTest {

    private static List<String> surfaces(String s) {
        return new Tokenizer().tokenize(s, 0, s.length(), 0).stream().map(Token::surface).toList();
    }

    @Test
    void keepsInnerHyphensApostrophesAndNumberSeparators() {
        assertEquals(List.of("Jum'at", "(", "10/5/2019", ")", "tentara", "pro-Assad", "warga-warga", "14.386", "views"),
                surfaces("Jum'at (10/5/2019) tentara pro-Assad warga-warga 14.386 views"));
    }

    @Test
    void splitsTrailingPunctuationAndKeepsTimes() {
        assertEquals(List.of("pukul", "09:05", "WIB", ",", "kata", "dia", "."), surfaces("pukul 09:05 WIB, kata dia."));
    }

    @Test
    void lowerFormFoldsCurlyApostrophe() {
        Token t = new Tokenizer().tokenize("A’maaq", 0, 6, 0).get(0);
        assertEquals("a'maaq", t.lower());
        assertEquals("A’maaq", t.surface());
    }

    @Test
    void offsetsPointIntoTheText() {
        String s = "  IS menyerang";
        List<Token> toks = new Tokenizer().tokenize(s, 0, s.length(), 0);
        assertEquals("menyerang", s.substring(toks.get(1).start(), toks.get(1).end()));
        assertEquals(1, toks.get(1).index());
    }

    @Test
    void anAmpersandJoinsCapitalsOnly() {
        assertEquals(List.of("(", "Kupwara", "district", ",", "J&K", ")"), surfaces("(Kupwara district, J&K)"));
        assertEquals(List.of("Hamid", "&", "Sons", "and", "R", "&", "d"), surfaces("Hamid & Sons and R&d"));
    }
}
