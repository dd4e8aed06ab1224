package org.peristiwa.geo;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.peristiwa.kb.Tsv;

/**
 * GeoNames administrative names in ACLED's style: ACLED writes admin1 names without diacritics and without the
 * administrative noun ("Sousse", not "Sousse Governorate"; "Michoacan", not "Michoacán"). Where ACLED's name is a
 * different word altogether ("Rural Damascus" for Rif Dimashq), the reviewed table {@code geo/admin1_acled.tsv}
 * decides; this is the rule for the rest. Kept in step with scripts/gazetteer/DeriveAcledAdmin1.java.
 */
public final class AdminNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern QUOTES = Pattern.compile("[\u2018\u2019\u02BF\u02BE]");
    private static final Pattern PREFIX = Pattern.compile("^(Muhafazat|Region of|County of|Province of|Kabupaten|Kota|Provincia de|Provincia di|Provincia del|Departamento de|Municipio de) ");
    private static final Pattern SUFFIX = Pattern.compile(
            " (Governorate|Province|Department|Region|County|State|District|Division|Oblast|Municipality|Prefecture|Regency|Raion|Rayon)$");

    private AdminNames() {}

    /** The reviewed GeoNames admin1 code -> ACLED admin1 name table (rows with status "accept" or "reviewed"). */
    public static Map<String, String> acledAdmin1() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Tsv.Row row : Tsv.resource("geo/admin1_acled.tsv", "code", "geonames_name", "acled_name", "votes", "status")) {
            String status = row.require("status");
            if (!Set.of("accept", "check", "reject", "reviewed").contains(status)) {
                throw row.error("status must be accept, check, reject or reviewed, not '" + status + "'");
            }
            if ((status.equals("accept") || status.equals("reviewed")) && out.put(row.require("code"), row.require("acled_name")) != null) {
                throw row.error("duplicate code '" + row.get("code") + "'");
            }
        }
        return out;
    }

    private static final Pattern DISTRICT_PREFIX = Pattern.compile(
            "^(Province du|Province de la|Province de l'|Province de|Partido de|Departement de|Distrito de|Municipalidad de|Cercle de|Prefecture de) ");
    private static final Pattern DISTRICT_SUFFIX = Pattern.compile(
            " (Cercle|Upazila|Sub-District|Subdistrict|Local Municipality|District Municipality|Metropolitan Municipality|Regional Unit|Tehsil|Taluka|Ilcesi)$");

    /** A district's name as reports write it: {@link #clean} and the nouns districts carry in some countries ("Province du Gourma"). */
    public static String district(String name) {
        String n = clean(name);
        n = DISTRICT_PREFIX.matcher(n).replaceAll("");
        n = DISTRICT_SUFFIX.matcher(n).replaceAll("");
        n = SUFFIX.matcher(n).replaceAll("");
        return n.strip();
    }

    public static String clean(String name) {
        String n = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        n = QUOTES.matcher(n).replaceAll("");
        n = PREFIX.matcher(n).replaceAll("");
        n = SUFFIX.matcher(n).replaceAll("");
        return n.strip();
    }
}
