package org.peristiwa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
    void namesLanguagesItDoesNotReadByTheirWordsOrScript() {
        assertEquals("fr", id.identify("La police a déclaré que deux villageois ont été tués lundi dans le nord du pays."));
        assertEquals("it", id.identify("Il venerdì nero è una consuetudine importata dagli Stati Uniti, con sconti per lo shopping di Natale."));
        assertEquals("ar", id.identify("قالت الشرطة إن قرويين قتلا يوم الاثنين"));
        assertEquals("ru", id.identify("Наши герои знают толк не только во вкусе, но и в красоте еды."));
        assertEquals("ja", id.identify("東京都内で新しい店が開店しました。多くの人が訪れています。"));
        assertFalse(LanguageIdentifier.SUPPORTED.contains(id.identify("Der Bürgermeister hat die Pläne für den neuen Bahnhof vorgestellt.")));
    }

    @Test
    void aTextTooBareToTellIsUndetermined() {
        assertEquals("und", id.identify("1234 5678"));
        assertEquals("und", id.identify("Bomb kills five"));
    }
}
