package org.peristiwa.press;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.peristiwa.Extractor;
import org.peristiwa.report.Flag;
import org.peristiwa.report.Report;

/** The press's conventions on pages we write in the styles of Indonesian and English outlets. */
class PressConventionsTest {

    private static Report page(String header, String firstLine) {
        String text = header + "\nJudul Berita Tentang Bentrokan di Kota Itu Hari Ini\n" + firstLine
                + " Dua orang tewas dalam bentrokan antara warga dan aparat keamanan pada Senin.\nIni kalimat kedua laporan.\n";
        return Extractor.standard().extract(text, "t");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MAKASSAR, KOMPAS.com -|Makassar|Indonesia|KOMPAS.com",
            "TEMPO.CO, Jakarta -|Jakarta|Indonesia|TEMPO.CO",
            "Jakarta, CNN Indonesia --|Jakarta|Indonesia|CNN Indonesia",
            "BEIRUT (Reuters) -|Beirut|Lebanon|Reuters",
            "DEIR EZ-ZOR, SURIAH (voa-islam.com) -|Deir ez-Zor|Syria|voa-islam.com",
            "Poso, Sulawesi Tengah (ANTARA) -|Poso|Indonesia|ANTARA"})
    void datelinesOfEveryStyle(String dateline, String place, String country, String outlet) {
        Report r = page("Senin, 3 Mei 2021 10:00 WIB", dateline);
        assertEquals(place, r.metadata().dateline.place(), dateline);
        assertEquals(country, r.metadata().dateline.country(), dateline);
        assertEquals(outlet, r.metadata().outlet.value(), dateline);
        // the dateline is metadata: its words are not read as the body
        assertFalse(r.sentences().stream().anyMatch(s -> s.span().of(r.text()).startsWith(dateline.substring(0, 4))), dateline);
    }

    @Test
    void publicationLineWithZoneAndAgreeingHijriDate() {
        Report r = page("Kamis 19 Syawal 1438 / 13 Juli 2017 16:40 WIB", "RAQQA (Antara) -");
        assertEquals("2017-07-13T16:40+07:00", r.metadata().published.value());
        assertFalse(r.hasFlag(Flag.HIJRI_GREGORIAN_MISMATCH), "19 Syawal 1438 is 13 July 2017");
        Report e = Extractor.standard().extract("World\nA headline about a clash in the north\nJuly 4, 2020, 6:15 PM GMT+8\n"
                + "MANILA (AP) — Police and gunmen clashed on Friday.\nA second line.\n", "t");
        assertEquals("2020-07-04T18:15+08:00", e.metadata().published.value());
        assertEquals("A headline about a clash in the north", e.metadata().title.value());
    }

    @Test
    void weekdayThatDisagreesIsFlagged() {
        Report r = page("Selasa, 3 Mei 2021 10:00 WIB", "MAKASSAR, KOMPAS.com -");
        assertTrue(r.hasFlag(Flag.WEEKDAY_MISMATCH), "3 May 2021 was a Monday");
    }

    @Test
    void aOneLineNoteHasNoHeader() {
        Report r = Extractor.standard().extract("On 9 May 2020, protesters gathered in Beirut.", "t");
        assertNull(r.metadata().published);
        assertEquals(1, r.events().size());
    }
}
