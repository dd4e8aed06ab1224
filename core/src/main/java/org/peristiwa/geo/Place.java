package org.peristiwa.geo;

/**
 * A gazetteer entry. {@code geoPrecision} follows ACLED: 1 a town or point, 2 a district, region or area,
 * 3 a province or the country. {@code geonamesId} is 0 when GeoNames has no entry. {@code feature} is the curated
 * kind ("city", "province", "region"…) or GeoNames' class and code ("P.PPLA", "A.ADM1").
 */
public record Place(String name, String country, String admin1, String admin2, double latitude, double longitude,
                    int geoPrecision, String feature, long geonamesId, long population) {

    /** This place filed under another province: the one a report writes beside it, where the gazetteer's is older. */
    public Place withAdmin1(String province) {
        return new Place(name, country, province, admin2, latitude, longitude, geoPrecision, feature, geonamesId, population);
    }

    public boolean isAdmin1() {
        return "province".equals(feature) || "A.ADM1".equals(feature);
    }

    /** A district-level division: an admin2 or a curated district. */
    public boolean isAdmin2() {
        return "district".equals(feature) || "A.ADM2".equals(feature);
    }

    /**
     * A GeoNames district none of whose towns the gazetteer has: it stands at its province's centre, a reading to
     * take only when nothing else fits.
     */
    public boolean isHollow() {
        return "A.ADM2".equals(feature) && population == 0;
    }

    /** A town, village or city (a point), as opposed to an area. */
    public boolean isSettlement() {
        return feature.startsWith("P.") || feature.equals("city") || feature.equals("town") || feature.equals("village");
    }

    /** Great-circle distance in km. */
    public double distanceKm(Place o) {
        return Geo.distanceKm(latitude, longitude, o.latitude, o.longitude);
    }
}
