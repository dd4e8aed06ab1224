package org.peristiwa.geo;

/** A country as ACLED names it, with its ISO codes and a representative point. */
public record Country(String name, String iso2, String iso3, double latitude, double longitude) {}
