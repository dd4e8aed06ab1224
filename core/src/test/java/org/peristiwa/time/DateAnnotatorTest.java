package org.peristiwa.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peristiwa.number.NumberAnnotator;
import org.peristiwa.report.Report;
import org.peristiwa.text.SentenceAnnotator;

class DateAnnotatorTest {

    private static Report annotate(String lang, String text, LocalDate anchor) {
        Report r = new Report("t", null, text);
        r.setLanguage(lang, null);
        if (anchor != null) r.setAnchor(anchor, null);
        new SentenceAnnotator().process(r);
        new NumberAnnotator().process(r);
        new DateAnnotator().process(r);
        return r;
    }

    private static List<String> dates(Report r) {
        return r.dates().stream().map(d -> d.date() + "/" + d.precision()).toList();
    }

    @Test
    void indonesianNumericDatesAreDayFirstWithTheirWeekday() {
        Report r = annotate("id", "Tentara menghujani kota itu pada Jum'at (10/5/2019) sore.", LocalDate.of(2019, 5, 11));
        assertEquals(List.of("2019-05-10/1"), dates(r));
        assertEquals("Jum'at (10/5/2019)", r.dates().get(0).span().of(r.text()));
    }

    @Test
    void monthAloneResolvesToTheLatestPastMonth() {
        Report r = annotate("id", "Pada bulan Oktober, kelompok itu mengancam. Pada bulan April 2015 mereka mundur.", LocalDate.of(2017, 2, 4));
        assertEquals(List.of("2016-10-01/3", "2015-04-01/3"), dates(r));
    }

    @Test
    void englishAbsoluteAndApproximateDates() {
        Report r = annotate("en", "Around 9 May 2020 (as reported), a man was found dead. On May 7, 2020, troops clashed.", null);
        assertEquals(List.of("2020-05-09/2", "2020-05-07/1"), dates(r));
    }

    @Test
    void relativeDaysAndWeekdaysResolveAgainstThePublicationDate() {
        Report r = annotate("id", "Kemarin polisi menangkap dua orang. Serangan terjadi Senin (12/4) malam.", LocalDate.of(2021, 4, 15));
        assertEquals(List.of("2021-04-14/1", "2021-04-12/1"), dates(r));
        Report e = annotate("en", "Gunmen attacked the post on Tuesday.", LocalDate.of(2019, 7, 18));
        assertEquals(List.of("2019-07-16/1"), dates(e));
    }

    @Test
    void modalMayIsNotAMonth() {
        Report r = annotate("en", "The advance may allow fighters to reach the base.", LocalDate.of(2020, 5, 20));
        assertTrue(r.dates().isEmpty());
    }

    @Test
    void durationsInDays() {
        Report r = annotate("id", "Desa itu jatuh setelah tiga hari pertempuran sengit.", LocalDate.of(2017, 3, 13));
        assertEquals(3, r.durations().get(0).days());
        assertEquals("tiga hari", r.durations().get(0).span().of(r.text()));
    }
}
