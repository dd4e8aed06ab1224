package org.peristiwa.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.peristiwa.event.Modality;

class MergeRulesTest {

    private final MergeRules rules = MergeRules.standard();

    private static Mentions attack(String id, String date, String town, double lat, double lon) {
        return Mentions.report(id).type("Violence against civilians", "Attack").on(date, 1)
                .at("Nigeria", "Borno", town, lat, lon, 1);
    }

    @Test
    void sameTownSameDayLinks() {
        var c = rules.compare(attack("a", "2021-03-01", "Konduga", 11.65, 13.42).build(),
                attack("b", "2021-03-01", "Konduga", 11.65, 13.42).build());
        assertTrue(c.linked(), c.reason());
        assertTrue(c.reason().contains("same place"), c.reason());
    }

    @Test
    void aDayApartLinksTwoDaysApartDoesNot() {
        Mention a = attack("a", "2021-03-01", "Konduga", 11.65, 13.42).build();
        assertTrue(rules.compare(a, attack("b", "2021-03-02", "Konduga", 11.65, 13.42).build()).linked());
        assertFalse(rules.compare(a, attack("b2", "2021-03-03", "Konduga", 11.65, 13.42).build()).linked());
        var far = rules.compare(a, attack("c", "2021-03-04", "Konduga", 11.65, 13.42).build());
        assertFalse(far.linked());
        assertTrue(far.reason().contains("dates too far apart"), far.reason());
    }

    @Test
    void aDateKnownToTheMonthOverlapsTheDaysInIt() {
        Mention day = attack("a", "2021-03-10", "Konduga", 11.65, 13.42).build();
        Mention month = attack("b", "2021-03-01", "Konduga", 11.65, 13.42).on("2021-03-01", 3).build();
        assertTrue(rules.compare(day, month).linked());
    }

    @Test
    void townsFarApartDoNotLinkNearbyOnesDo() {
        Mention konduga = attack("a", "2021-03-01", "Konduga", 11.6558, 13.4213).build();
        // a suburb some 3 km off, and Maiduguri, some 35 km off (town_km is 5)
        var village = rules.compare(konduga, attack("b", "2021-03-01", "Kawuri", 11.67, 13.44).build());
        assertTrue(village.linked(), village.reason());
        assertTrue(village.reason().contains("near places"), village.reason());
        var maiduguri = rules.compare(konduga, attack("c", "2021-03-01", "Maiduguri", 11.8464, 13.1603).build());
        assertFalse(maiduguri.linked(), maiduguri.reason());
        assertTrue(maiduguri.reason().contains("too far apart"), maiduguri.reason());
        // known only to the province: may be either, if the same act on the same day
        Mention borno = attack("d", "2021-03-01", "Borno", 11.5, 13.0).at("Nigeria", "Borno", "Borno", 11.5, 13.0, 3).build();
        assertTrue(rules.compare(konduga, borno).linked());
        Mention bornoNextDay = attack("f", "2021-03-02", "Borno", 11.5, 13.0).at("Nigeria", "Borno", "Borno", 11.5, 13.0, 3).build();
        assertFalse(rules.compare(konduga, bornoNextDay).linked());
        Mention kano = attack("e", "2021-03-01", "Kano", 12.0, 8.5).at("Nigeria", "Kano", "Kano", 12.0, 8.5, 3).build();
        assertFalse(rules.compare(borno, kano).linked());
    }

    @Test
    void unrelatedSubTypesDoNotLinkConfusedOnesDo() {
        Mention attack = attack("a", "2021-03-01", "Konduga", 11.65, 13.42).build();
        Mention clash = attack("b", "2021-03-01", "Konduga", 11.65, 13.42).type("Battles", "Armed clash").build();
        Mention protest = attack("c", "2021-03-01", "Konduga", 11.65, 13.42).type("Protests", "Peaceful protest").build();
        assertTrue(rules.compare(attack, clash).linked());
        assertFalse(rules.compare(attack, protest).linked());
    }

    @Test
    void twoDifferentDyadsDoNotLinkGenericOrPartlyNamedOnesDo() {
        Mention army = attack("a", "2021-03-01", "Konduga", 11.65, 13.42).actors("Military Forces of Nigeria (2015-)", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad").build();
        Mention iswapVsVigilantes = attack("b", "2021-03-01", "Konduga", 11.65, 13.42).actors("Islamic State West Africa Province (ISWAP)", "Civilian JTF").build();
        Mention iswap = attack("c", "2021-03-01", "Konduga", 11.65, 13.42).actors("Islamic State West Africa Province (ISWAP)", "Civilians (Nigeria)").build();
        Mention gunmen = attack("d", "2021-03-01", "Konduga", 11.65, 13.42).actors("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)").build();
        Mention police = attack("e", "2021-03-01", "Konduga", 11.65, 13.42).actors("Police Forces of Nigeria (2015-)", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad").build();
        var twoDyads = rules.compare(army, iswapVsVigilantes);
        assertFalse(twoDyads.linked());
        assertTrue(twoDyads.reason().contains("different actors"), twoDyads.reason());
        assertTrue(rules.compare(army, iswap).linked(), "one outlet blames another group: reports disagree");
        assertTrue(rules.compare(army, gunmen).linked());
        assertTrue(rules.compare(iswap, gunmen).linked());
        var state = rules.compare(police, army);
        assertTrue(state.linked() && state.reason().contains("state of Nigeria"), state.reason());
    }

    @Test
    void threatsAndReportsOfOneReportNeverLink() {
        Mention a = attack("a", "2021-03-01", "Konduga", 11.65, 13.42).build();
        Mention threat = attack("b", "2021-03-01", "Konduga", 11.65, 13.42).modality(Modality.THREATENED).build();
        assertFalse(rules.compare(a, threat).linked());
        Mention sameReport = new Mention("a-2", "a", null, null, attack("a", "2021-03-01", "Konduga", 11.65, 13.42).build().record());
        assertFalse(rules.compare(a, sameReport).linked());
    }

    @Test
    void settingsComeFromTheFile() {
        assertEquals(5, rules.settings().townKm());
        assertTrue(rules.isGeneric("Unidentified Armed Group (Syria)"));
        assertFalse(rules.isGeneric("Hamas Movement"));
    }
}
