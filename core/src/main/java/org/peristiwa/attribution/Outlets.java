package org.peristiwa.attribution;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.peristiwa.kb.Tsv;
import org.peristiwa.text.PhraseIndex;

/** Known outlets and agencies ({@code press/outlets.tsv}) with their source kind and affiliation. */
public final class Outlets {

    /** An outlet: canonical name, source kind, and the actor it speaks for (empty when independent). */
    public record Outlet(String name, String kind, String affiliation) {}

    private final PhraseIndex<Outlet> index = new PhraseIndex<>();
    private final Map<String, Outlet> byName = new HashMap<>();

    private static final Outlets STANDARD = new Outlets();

    public static Outlets standard() {
        return STANDARD;
    }

    private Outlets() {
        for (Tsv.Row row : Tsv.resource("press/outlets.tsv", "name", "kind", "affiliation", "aliases")) {
            Outlet o = new Outlet(row.require("name"), row.require("kind"), row.get("affiliation"));
            index.add(o.name(), o);
            byName.put(o.name().toLowerCase(Locale.ROOT), o);
            for (String a : row.list("aliases")) {
                index.add(a, o);
                byName.putIfAbsent(a.toLowerCase(Locale.ROOT), o);
            }
        }
    }

    public PhraseIndex<Outlet> index() {
        return index;
    }

    public Outlet named(String name) {
        return name == null ? null : byName.get(name.toLowerCase(Locale.ROOT));
    }
}
