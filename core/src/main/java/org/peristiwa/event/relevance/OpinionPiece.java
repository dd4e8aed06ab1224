package org.peristiwa.event.relevance;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.peristiwa.kb.Tsv;
import org.peristiwa.report.Report;

/**
 * Whether a page is an opinion piece ({@code relevance/opinion.tsv}): its address puts it in an opinion section
 * ("/commentisfree/", "/opinion/", "/kolom/") or its title labels it ("Opinion: …", "… | Editorial"). An editorial
 * about a crackdown argues; the crackdown's own reports are the news.
 */
public final class OpinionPiece {

    private static final OpinionPiece STANDARD = new OpinionPiece(Tsv.resource("relevance/opinion.tsv", "where", "words"));

    private final Set<String> urlSegments = new HashSet<>();
    private final Set<String> titleLabels = new HashSet<>();

    public static OpinionPiece standard() {
        return STANDARD;
    }

    public OpinionPiece(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            String where = row.require("where");
            Set<String> into = switch (where) {
                case "url" -> urlSegments;
                case "title" -> titleLabels;
                default -> throw row.error("where must be url or title, not '" + where + "'");
            };
            for (String w : row.list("words")) into.add(w.toLowerCase(Locale.ROOT));
        }
    }

    /** The mark that makes the report an opinion piece ("url:/commentisfree/", "title:Editorial"), or null. */
    public String markOf(Report report) {
        var meta = report.metadata();
        if (meta.url != null && meta.url.value() != null) {
            String path;
            try {
                path = URI.create(meta.url.value().trim()).getPath();
            } catch (IllegalArgumentException e) {
                path = null;   // an address we cannot read says nothing either way
            }
            if (path != null) {
                for (String segment : path.toLowerCase(Locale.ROOT).split("/")) {
                    if (urlSegments.contains(segment)) return "url:/" + segment + "/";
                }
            }
        }
        String title = meta.title != null ? meta.title.value() : titleLine(report);
        if (title != null) {
            title = title.toLowerCase(Locale.ROOT).trim();
            for (String label : titleLabels) {
                if (title.startsWith(label + ":") || title.startsWith(label + " |") || title.endsWith("| " + label)
                        || title.endsWith("- " + label)) return "title:" + label;
            }
        }
        return null;
    }

    private static String titleLine(Report report) {
        for (var s : report.sentences()) if (s.zone() == org.peristiwa.report.Zone.TITLE) return s.span().of(report.text());
        return null;
    }
}
