package org.peristiwa.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peristiwa.event.Modality;
import org.peristiwa.ingest.InputException;
import org.peristiwa.record.EventRecord;

/**
 * Event records read back from an ACLED-style CSV that peristiwa exported, by the report each came from (its
 * {@code report_ids} column): what {@code eval --predictions} scores instead of extracting again.
 */
public final class Predictions {

    private Predictions() {}

    public static Map<String, List<EventRecord>> readAcledCsv(Path file) throws InputException {
        Map<String, List<EventRecord>> byReport = new HashMap<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class).with(schema).readValues(in)) {
            int row = 1;
            while (it.hasNext()) {
                row++;
                Map<String, String> r = it.next();
                String ids = r.get("report_ids");
                if (ids == null) throw new InputException(file + ": no 'report_ids' column (export it with 'peristiwa export --format acled-csv')");
                EventRecord e = record(r, file, row);
                for (String id : ids.split(";")) if (!id.isBlank()) byReport.computeIfAbsent(id.strip(), k -> new ArrayList<>()).add(e);
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(file + ": not a readable ACLED CSV (" + e.getMessage() + ")");
        }
        return byReport;
    }

    private static EventRecord record(Map<String, String> r, Path file, int row) throws InputException {
        EventRecord e = new EventRecord();
        e.eventId = blank(r.get("event_id_cnty"));
        e.eventDate = blank(r.get("event_date"));
        e.timePrecision = integer(r.get("time_precision"), file, row);
        e.eventType = blank(r.get("event_type"));
        e.subEventType = blank(r.get("sub_event_type"));
        e.actor1 = blank(r.get("actor1"));
        e.assocActor1 = blank(r.get("assoc_actor_1"));
        e.inter1 = integer(r.get("inter1"), file, row);
        e.actor2 = blank(r.get("actor2"));
        e.assocActor2 = blank(r.get("assoc_actor_2"));
        e.inter2 = integer(r.get("inter2"), file, row);
        e.interaction = integer(r.get("interaction"), file, row);
        e.country = blank(r.get("country"));
        e.admin1 = blank(r.get("admin1"));
        e.admin2 = blank(r.get("admin2"));
        e.location = blank(r.get("location"));
        String lat = blank(r.get("latitude")), lon = blank(r.get("longitude"));
        try {
            e.latitude = lat == null ? null : Double.parseDouble(lat);
            e.longitude = lon == null ? null : Double.parseDouble(lon);
        } catch (NumberFormatException x) {
            throw new InputException(file + ": row " + row + ": latitude/longitude is not a number");
        }
        e.geoPrecision = integer(r.get("geo_precision"), file, row);
        e.fatalities = integer(r.get("fatalities"), file, row);
        e.modality = Modality.ASSERTED;
        return e;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Integer integer(String s, Path file, int row) throws InputException {
        if (s == null || s.isBlank()) return null;
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException x) {
            throw new InputException(file + ": row " + row + ": '" + s + "' is not a whole number");
        }
    }
}
