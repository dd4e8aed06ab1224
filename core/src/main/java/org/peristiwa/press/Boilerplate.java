package org.peristiwa.press;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peristiwa.kb.Tsv;

/** Cues for lines that are page furniture ({@code press/boilerplate.tsv}): calls to share, "baca juga" links. */
final class Boilerplate {

    record Cue(String kind, String text) {}

    private final List<Cue> cues = new ArrayList<>();

    Boilerplate(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            String kind = row.require("kind");
            if (!kind.equals("call_to_share") && !kind.equals("read_also")) {
                throw row.error("kind must be call_to_share or read_also, not '" + kind + "'");
            }
            for (String c : row.list("cues")) cues.add(new Cue(kind, c.toLowerCase(Locale.ROOT)));
        }
    }

    /** The cue a line matches, or null. Long lines are content even when they mention sharing. */
    Cue match(String line) {
        if (line.length() > 300) return null;
        String l = line.toLowerCase(Locale.ROOT);
        for (Cue c : cues) {
            if (c.kind.equals("read_also") ? l.startsWith(c.text) || l.startsWith("[" + c.text) : l.contains(c.text)) return c;
        }
        return null;
    }
}
