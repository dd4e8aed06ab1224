package org.peristiwa.geo;

import java.util.HashMap;
import java.util.Map;
import org.peristiwa.kb.Tsv;

/**
 * Buildings and streets that news names for the institution they house ({@code geo/institutions.tsv}): "the White
 * House said", "the Kremlin denied". Such a name is no place, whatever town of that name the gazetteer holds.
 */
public final class Institutions {

    /** An institution's name and whom it stands for. */
    public record Institution(String name, String standsFor, String country) {}

    private static final Institutions STANDARD = new Institutions(Tsv.resource("geo/institutions.tsv", "name", "stands_for", "country"));

    private final Map<String, Institution> byName = new HashMap<>();

    public static Institutions standard() {
        return STANDARD;
    }

    Institutions(Iterable<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            Institution i = new Institution(row.require("name"), row.require("stands_for"), row.require("country"));
            if (byName.putIfAbsent(Names.normalize(i.name()), i) != null) throw row.error("'" + i.name() + "' is listed twice");
        }
    }

    /** The institution a text names, or null: "the White House", "white house", "Pentagon". */
    public Institution named(String text) {
        String n = Names.normalize(text);
        if (n.startsWith("the ")) n = n.substring(4);
        return byName.get(n);
    }
}
