package org.peristiwa.kb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peristiwa.geo.Gazetteer;

/**
 * The reviewed knowledge files refer to countries by name: every such name must be one that countries.tsv
 * defines, or the row silently does nothing. A user who extends a file gets the file and line of a misspelling.
 */
class KnowledgeFilesTest {

    private static final Set<String> COUNTRIES = new HashSet<>();
    static {
        for (Tsv.Row r : Gazetteer.countryRows()) COUNTRIES.add(r.require("name"));
    }

    private static List<String> unknownCountries(List<Tsv.Row> rows) {
        List<String> bad = new ArrayList<>();
        for (Tsv.Row r : rows) {
            String c = r.get("country");
            if (c != null && !c.isEmpty() && !COUNTRIES.contains(c)) bad.add(r.file() + ":" + r.line() + " '" + c + "'");
        }
        return bad;
    }

    @Test
    void everyCountryNamedInAKnowledgeFileIsACountryOfCountriesTsv() {
        List<String> bad = new ArrayList<>();
        bad.addAll(unknownCountries(Tsv.resource("kb/places.tsv", "name", "country")));
        bad.addAll(unknownCountries(Tsv.resource("kb/country_cues.tsv", "country", "cues")));
        bad.addAll(unknownCountries(Tsv.resource("geo/admin1_nouns.tsv", "country", "nouns")));
        bad.addAll(unknownCountries(Tsv.resource("geo/institutions.tsv", "name", "stands_for", "country")));
        assertTrue(bad.isEmpty(), "unknown countries: " + bad);
    }

    @Test
    void curatedPlacesHaveCoordinatesAndAPrecision() {
        for (Tsv.Row r : Tsv.resource("kb/places.tsv", "name", "country", "latitude", "longitude", "geo_precision")) {
            r.requireDouble("latitude", -90, 90);
            r.requireDouble("longitude", -180, 180);
            r.requireInt("geo_precision", 1, 3);
        }
    }

    @Test
    void aMisspelledCountryIsReportedWithItsFileAndLine() throws java.io.IOException {
        List<Tsv.Row> rows = Tsv.read("test/admin1_nouns.tsv", new java.io.ByteArrayInputStream(
                "country\tnouns\nVenezuela\tstate\nVenezeula\tstate\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "country", "nouns");
        List<String> bad = unknownCountries(rows);
        assertTrue(bad.size() == 1 && bad.get(0).contains("test/admin1_nouns.tsv:3") && bad.get(0).contains("Venezeula"), bad.toString());
    }
}
