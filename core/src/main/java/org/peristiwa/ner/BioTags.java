package org.peristiwa.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * BIO tags and the CoNLL (conlleval) reading of them. An entity starts at a {@code B-} tag, or at an
 * {@code I-} tag that does not continue an entity of the same type (IOB1 files, or a model's stray I-);
 * it ends before an {@code O}, a {@code B-}, or a tag of another type.
 */
public final class BioTags {

    public static final String OUTSIDE = "O";
    /** The entity types this project recognises, in output order. */
    public static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    private BioTags() {}

    /** The entity type of a tag ("B-PER" → "PER"), or null for O. */
    public static String type(String tag) {
        if (tag == null || tag.equals(OUTSIDE) || tag.length() < 2) return null;
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(dash + 1);
    }

    /** The prefix of a tag: 'B', 'I' (also for E-/S- of IOBES, read as I/B), or 'O'. */
    public static char prefix(String tag) {
        if (tag == null || tag.equals(OUTSIDE) || tag.length() < 2 || tag.indexOf('-') < 0) return 'O';
        char p = Character.toUpperCase(tag.charAt(0));
        return switch (p) {
            case 'B', 'S', 'U' -> 'B';
            case 'I', 'E', 'L', 'M' -> 'I';
            default -> 'O';
        };
    }

    /** Entities of a tag sequence, CoNLL convention. */
    public static List<Entity> chunks(List<String> tags) {
        List<Entity> out = new ArrayList<>();
        int start = -1;
        String current = null;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            char p = prefix(tag);
            String t = p == 'O' ? null : type(tag);
            boolean continues = p == 'I' && current != null && current.equals(t);
            if (current != null && !continues) {
                out.add(new Entity(start, i, current));
                current = null;
            }
            if (p != 'O' && !continues) {
                current = t;
                start = i;
            }
        }
        if (current != null) out.add(new Entity(start, tags.size(), current));
        return out;
    }

    /**
     * Maps a data set's entity type to PER, ORG or LOC, or null (read as O) for any other type. Knows the
     * names used by idner-news-2k (PER/ORG/LOC), IndoNLU NERGrit (PERSON/ORGANISATION/PLACE) and NERP
     * (PPL/IND/PLC; EVT and FNB are dropped), and CoNLL-style PERSON/ORGANIZATION/LOCATION/GPE.
     */
    public static String canonicalType(String type) {
        if (type == null) return null;
        return switch (type.toUpperCase(Locale.ROOT)) {
            case "PER", "PERSON", "PPL", "PERS" -> "PER";
            case "ORG", "ORGANISATION", "ORGANIZATION", "IND", "NORP_ORG" -> "ORG";
            case "LOC", "LOCATION", "PLACE", "PLC", "GPE" -> "LOC";
            default -> null;
        };
    }

    /** A tag with its type mapped by {@link #canonicalType}; tags of other types become O. */
    public static String canonicalTag(String tag) {
        char p = prefix(tag);
        if (p == 'O') return OUTSIDE;
        String t = canonicalType(type(tag));
        return t == null ? OUTSIDE : p + "-" + t;
    }
}
