package org.peristiwa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peristiwa.attribution.Source;
import org.peristiwa.event.Modality;
import org.peristiwa.record.Claim;
import org.peristiwa.record.EventRecord;
import org.peristiwa.record.ReportJson;
import org.peristiwa.report.Flag;
import org.peristiwa.report.Report;
import org.peristiwa.testing.SharedData;

/** The worked example of PRODUCT.md, on the real page it describes (read from ../shared; skipped when absent). */
class SeedReportTest {

    private static Report report;
    private static String text;

    @BeforeAll
    static void extract() throws IOException {
        var path = SharedData.find("corpus/seed/000_cf46687c815a73d4.txt");
        if (path == null) return;
        text = Files.readString(path, StandardCharsets.UTF_8);
        report = Extractor.standard().extract(text, path.toString());
    }

    private static Report seed() {
        SharedData.require("corpus/seed/000_cf46687c815a73d4.txt");
        return report;
    }

    @Test
    void metadata() {
        Report r = seed();
        assertEquals("id", r.language());
        assertEquals("2017-02-04T09:05+07:00", r.metadata().published.value());
        assertEquals(9022L, r.metadata().viewCount.value());
        assertEquals("Damascus", r.metadata().dateline.place());
        assertEquals("Syria", r.metadata().dateline.country());
        assertEquals("voa-islam.com", r.metadata().outlet.value());
        assertEquals("ARA News", r.metadata().credit.source());
        assertEquals(text.lines().toList().get(2).strip(), r.metadata().title.value(), "the third line is the title");
    }

    @Test
    void flags() {
        Report r = seed();
        assertTrue(r.hasFlag(Flag.HIJRI_GREGORIAN_MISMATCH));
        assertTrue(r.hasFlag(Flag.CALL_TO_SHARE));
        Flag hijri = r.flags().stream().filter(f -> f.flag().equals(Flag.HIJRI_GREGORIAN_MISMATCH)).findFirst().orElseThrow();
        assertTrue(hijri.detail().contains("2025-01-16"), hijri.detail());
        assertTrue(hijri.evidence().quote().endsWith("1446 H"), hijri.evidence().quote());
    }

    @Test
    void mainEventIsTheCaptureOfThreeBasesInQalamoun() {
        EventRecord e = seed().events().get(0);
        assertEquals(Modality.ASSERTED, e.modality);
        assertEquals("2017-02-03", e.eventDate);
        assertEquals(1, e.timePrecision);
        assertEquals("2017-01-31", e.dateStart);
        assertEquals("Battles", e.eventType);
        assertEquals("Non-state actor overtakes territory", e.subEventType);
        assertEquals("Islamic State (Syria)", e.actor1);
        assertEquals("Military Forces of Syria (2000-)", e.actor2);
        assertEquals(2, e.inter1);
        assertEquals(1, e.inter2);
        assertEquals("Syria", e.country);
        assertEquals("Qalamoun", e.location);
        assertEquals("Rural Damascus", e.admin1);
        assertEquals(2, e.geoPrecision);
        assertEquals(30, e.fatalities);
        assertTrue(e.targets.stream().anyMatch(t -> t.contains("Brigade 559")), e.targets.toString());
        assertTrue(e.targets.stream().anyMatch(t -> t.contains("al-Mahjoura")), e.targets.toString());
    }

    @Test
    void fatalitiesAreAmaaqsClaimAndCasualtiesAreNotDeaths() {
        EventRecord e = seed().events().get(0);
        Claim claim = e.claims.stream().filter(c -> c.value() == 30).findFirst().orElseThrow();
        assertEquals("A'maaq", claim.source());
        assertEquals("perpetrator_affiliated", claim.sourceKind());
        assertTrue(e.claims.stream().noneMatch(c -> c.value() == 12), "'Puluhan korban' is casualties, not deaths");
        Source amaq = e.sources.stream().filter(s -> s.name().equals("A'maaq")).findFirst().orElseThrow();
        assertEquals("Islamic State (Syria)", amaq.affiliation());
        Source activist = e.sources.stream().filter(s -> s.name().equals("Wassim Doghmoush")).findFirst().orElseThrow();
        assertEquals("local_activist", activist.kind());
        assertEquals("ARA News", activist.via());
    }

    @Test
    void threatAndBackgroundAreNotNews() {
        List<EventRecord> events = seed().events();
        EventRecord threat = events.stream().filter(e -> e.modality == Modality.THREATENED).findFirst().orElseThrow();
        assertEquals("2016-10-01", threat.eventDate);
        assertEquals(3, threat.timePrecision);
        assertEquals("THREATEN", threat.plover);
        assertFalse(threat.isAcledEvent());
        EventRecord background = events.stream().filter(e -> e.modality == Modality.BACKGROUND).findFirst().orElseThrow();
        assertEquals("2015-04-01", background.eventDate);
        assertEquals(3, background.timePrecision);
        assertEquals(1, events.stream().filter(EventRecord::isAcledEvent).count(), "only the capture is an ACLED event");
    }

    @Test
    void theHypotheticalAirBaseAttackIsNoEvent() {
        Report r = seed();
        int airBase = text.indexOf("Pangkalan Udara S");
        for (EventRecord e : r.events()) {
            for (var list : e.evidence.values()) {
                for (var ev : list) {
                    assertFalse(ev.rule().startsWith("lexicon") && ev.start() <= airBase && airBase <= ev.end() + 40,
                            "an event rests on the hypothetical sentence: " + ev);
                }
            }
        }
        assertTrue(r.dismissed().stream().anyMatch(d -> d.modality() == Modality.HYPOTHETICAL
                && d.evidence().quote().contains("Pangkalan Udara S")));
    }

    @Test
    void everyEvidenceQuotesTheTextAtItsOffsets() {
        Report r = seed();
        for (EventRecord e : r.events()) {
            assertNotNull(e.evidence.get("event_type"));
            for (var list : e.evidence.values()) {
                for (var ev : list) assertEquals(text.substring(ev.start(), ev.end()), ev.quote());
            }
        }
    }

    @Test
    void outputIsByteIdenticalAcrossRuns() {
        Report first = seed();
        Report again = Extractor.standard().extract(text, first.origin());
        assertEquals(ReportJson.line(first), ReportJson.line(again));
    }
}
