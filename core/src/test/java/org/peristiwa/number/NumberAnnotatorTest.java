package org.peristiwa.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peristiwa.report.Report;
import org.peristiwa.text.SentenceAnnotator;

class NumberAnnotatorTest {

    private static List<NumberMention> numbers(String lang, String text) {
        Report r = new Report("t", null, text);
        r.setLanguage(lang, null);
        new SentenceAnnotator().process(r);
        new NumberAnnotator().process(r);
        return r.numbers();
    }

    @Test
    void indonesianWordsAndHedges() {
        List<NumberMention> n = numbers("id", "Setidaknya dua puluh lima orang dan sebelas tentara, lalu dua belas warga serta seratus dua puluh lainnya.");
        assertEquals(List.of(25L, 11L, 12L, 120L), n.stream().map(NumberMention::value).toList());
        assertEquals(NumberMention.Bound.AT_LEAST, n.get(0).bound());
    }

    @Test
    void vagueCountsAreConservative() {
        List<NumberMention> id = numbers("id", "Puluhan korban dan ratusan warga.");
        assertEquals(12, id.get(0).value());
        assertTrue(id.get(0).vague());
        assertEquals(100, id.get(1).value());
        assertEquals(12, numbers("en", "Dozens of people fled.").get(0).value());
    }

    @Test
    void englishWordsDigitsAndSeparators() {
        List<NumberMention> n = numbers("en", "At least twenty-five soldiers and 1,200 residents; more than 30 others.");
        assertEquals(List.of(25L, 1200L, 30L), n.stream().map(NumberMention::value).toList());
        assertEquals(NumberMention.Bound.MORE_THAN, n.get(2).bound());
    }

    @Test
    void indonesianThousandsSeparatorIsADot() {
        assertEquals(9022, numbers("id", "Sebanyak 9.022 pembaca.").get(0).value());
        assertNull(NumberAnnotator.digits("3/2/2017", "id"));
        assertNull(NumberAnnotator.digits("82mm", "en"));
    }

    @Test
    void articlesAreWeakCounts() {
        NumberMention a = numbers("en", "A man was shot.").get(0);
        assertEquals(1, a.value());
        assertTrue(a.weak());
    }
}
