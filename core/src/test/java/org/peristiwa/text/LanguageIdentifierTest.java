package org.peristiwa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private final LanguageIdentifier id = new LanguageIdentifier();

    @Test
    void tellsIndonesianMalayAndEnglishApart() {
        assertEquals("id", id.identify("Polisi mengatakan bahwa dua warga tewas setelah kelompok bersenjata menyerang desa itu pada hari Senin."));
        assertEquals("en", id.identify("Police said two villagers were killed after gunmen attacked the village on Monday."));
        assertEquals("ms", id.identify("Polis berkata dua penduduk kampung maut selepas diserang kerana pertikaian tanah, manakala kerajaan "
                + "mahu siasatan segera dijalankan."));
    }

    @Test
    void reportsOtherLanguagesAsUnsupported() {
        assertEquals("und", id.identify("La police a déclaré que deux villageois ont été tués lundi."));
        assertEquals("und", id.identify("قالت الشرطة إن قرويين قتلا يوم الاثنين"));
        assertEquals("und", id.identify("1234 5678"));
    }
}
