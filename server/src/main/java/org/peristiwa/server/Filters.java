package org.peristiwa.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.peristiwa.store.EventQuery;

/**
 * The event filters of {@code peristiwa query} as query parameters: {@code from}, {@code to} (YYYY-MM-DD),
 * {@code country}, {@code admin1}, {@code bbox} (minLon,minLat,maxLon,maxLat), {@code type}, {@code sub_type},
 * {@code actor}, {@code min_fatalities}, {@code source_kind}, {@code modality}, {@code acled} (true: asserted and
 * claimed events only), and paging, {@code limit} and {@code offset}. A parameter given empty counts as absent. An
 * unknown parameter, a value that is not of its kind, a type, modality or source kind that does not exist: 400, with
 * what was expected.
 */
final class Filters {

    static final Set<String> FILTERS = Set.of("from", "to", "country", "admin1", "bbox", "type", "sub_type", "actor",
            "min_fatalities", "source_kind", "modality", "acled");
    static final Set<String> PAGING = Set.of("limit", "offset");

    private final Context ctx;

    private Filters(Context ctx, Collection<String> allowed) {
        this.ctx = ctx;
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new BadRequestResponse("unknown parameter '" + e.getKey() + "'; this path takes " + new TreeSet<>(allowed));
            }
            if (e.getValue().size() > 1) throw new BadRequestResponse("parameter '" + e.getKey() + "' is given more than once");
        }
    }

    /** Checks that the request has only these parameters, each once. */
    static Filters of(Context ctx, Collection<String> allowed) {
        return new Filters(ctx, allowed);
    }

    /** The filters and paging as a store query; without paging parameters: {@code defaultLimit} from 0. */
    EventQuery page(int defaultLimit, int maxLimit) {
        int limit = integer("limit", defaultLimit);
        if (limit > maxLimit) throw new BadRequestResponse("limit: at most " + maxLimit + " events a page (use offset for more)");
        return query(limit, integer("offset", 0));
    }

    /** The filters alone, every matching event. */
    EventQuery query() {
        return query(EventQuery.NO_LIMIT, 0);
    }

    private EventQuery query(int limit, int offset) {
        try {
            return new EventQuery(date("from"), date("to"), text("country"), text("admin1"), bbox(),
                    oneOf("type", Vocabulary.EVENT_TYPES), oneOf("sub_type", Vocabulary.SUB_EVENT_TYPES), text("actor"),
                    integer("min_fatalities", null), oneOf("source_kind", Vocabulary.SOURCE_KINDS),
                    oneOf("modality", Vocabulary.MODALITIES), bool("acled"), limit, offset);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    /** A parameter's value, null when absent or empty. */
    String text(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    LocalDate date(String name) {
        String v = text(name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + ": '" + v + "' is not a date (YYYY-MM-DD)");
        }
    }

    Integer integer(String name, Integer absent) {
        String v = text(name);
        if (v == null) return absent;
        try {
            int n = Integer.parseInt(v);
            if (n < 0) throw new BadRequestResponse(name + ": must not be negative");
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + ": '" + v + "' is not a whole number");
        }
    }

    boolean bool(String name) {
        String v = text(name);
        if (v == null || v.equalsIgnoreCase("false")) return false;
        if (v.equalsIgnoreCase("true")) return true;
        throw new BadRequestResponse(name + ": '" + v + "' is not true or false");
    }

    private double[] bbox() {
        String v = text("bbox");
        if (v == null) return null;
        String[] parts = v.split(",", -1);
        if (parts.length != 4) throw new BadRequestResponse("bbox: four numbers, minLon,minLat,maxLon,maxLat");
        double[] b = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                b[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new BadRequestResponse("bbox: '" + parts[i] + "' is not a number");
            }
            double bound = i % 2 == 0 ? 180 : 90;
            if (!(Math.abs(b[i]) <= bound)) throw new BadRequestResponse("bbox: " + parts[i].strip() + " is not a "
                    + (i % 2 == 0 ? "longitude (-180..180)" : "latitude (-90..90)"));
        }
        return b;
    }

    private String oneOf(String name, Map<String, String> known) {
        String v = text(name);
        if (v == null) return null;
        String canonical = known.get(v.toLowerCase(Locale.ROOT));
        if (canonical == null) throw new BadRequestResponse(name + ": '" + v + "' is none of " + known.values());
        return canonical;
    }

    private String oneOf(String name, List<String> known) {
        String v = text(name);
        if (v == null) return null;
        String lower = v.toLowerCase(Locale.ROOT);
        if (!known.contains(lower)) throw new BadRequestResponse(name + ": '" + v + "' is none of " + known);
        return lower;
    }
}
