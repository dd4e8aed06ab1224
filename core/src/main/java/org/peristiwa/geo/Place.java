package org.peristiwa.geo;

/**
 * A gazetteer entry. {@code geoPrecision} follows ACLED: 1 a town or point, 2 a district, region or area,
 * 3 a province or the country. {@code geonamesId} is 0 when GeoNames has no entry.
 */
public record Place(String name, String country, String admin1, String admin2, double latitude, double longitude,
                    int geoPrecision, String feature, long geonamesId, long population) {

    public boolean isAdmin1() {
        return "province".equals(feature);
    }
}
