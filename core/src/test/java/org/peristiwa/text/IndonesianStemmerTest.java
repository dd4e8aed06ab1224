package org.peristiwa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peristiwa.Extractor;
import org.peristiwa.mention.ActorMention;
import org.peristiwa.report.Report;

class IndonesianStemmerTest {

    private final IndonesianStemmer stemmer = IndonesianStemmer.standard();

    @Test
    void affixesReduplicationAndCliticsGiveTheRoot() {
        for (String w : List.of("menyerang", "diserang", "penyerangan", "serangan", "serangannya")) {
            assertEquals("serang", stemmer.stem(w), w);
        }
        assertEquals("warga", stemmer.stem("warga-warga"));
        assertEquals("tembak", stemmer.stem("ditembaklah"));
    }

    @Test
    void anAffixedFormNotInTheLexiconIsFoundByItsRoot() {
        // "penyerbuan" and "dibentrokkan" are not listed; their roots are
        Report r = Extractor.standard().extract("Polisi mengatakan penyerbuan ke pos itu terjadi Senin (3/5/2021) di Poso, "
                + "Sulawesi Tengah, dan warga-warga setempat melarikan diri.", "t", java.time.LocalDate.of(2021, 5, 4));
        assertEquals("id", r.language());
        assertTrue(r.eventMentions().stream().anyMatch(m -> m.span().of(r.text()).equals("penyerbuan")), r.eventMentions().toString());
        assertTrue(r.actors().stream().map(ActorMention::key).anyMatch(k -> k.equals("civilians")), "warga-warga is civilians");
    }
}
