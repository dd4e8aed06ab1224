package org.peristiwa.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
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
import org.peristiwa.ingest.InputException;

/**
 * Reads a gold CSV in ACLED's column names: the text from column {@code text}, else {@code notes}; rows sharing
 * a {@code doc_id} are one report; {@code publication_date} (ISO or ACLED's 9-May-20) anchors relative dates.
 */
public final class GoldReader {

    private GoldReader() {}

    public static List<GoldRow> read(Path csv) throws InputException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<GoldRow> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(in)) {
            int n = 0;
            String textColumn = null;
            while (it.hasNext()) {
                Map<String, String> raw = it.next();
                n++;
                if (textColumn == null) {
                    textColumn = raw.containsKey("text") ? "text" : raw.containsKey("notes") ? "notes" : null;
                    if (textColumn == null) throw new InputException(csv + ": no 'text' or 'notes' column in the header");
                }
                Map<String, String> fields = new HashMap<>(raw);
                String text = fields.getOrDefault(textColumn, "");
                String doc = fields.getOrDefault("doc_id", "").trim();
                if (doc.isEmpty()) doc = "row-" + n;
                String pub = fields.getOrDefault("publication_date", "").trim();
                rows.add(new GoldRow(n, doc, text, pub.isEmpty() ? null : GoldDates.parse(pub), fields));
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(csv + ": cannot read as CSV: " + e.getMessage());
        }
        if (rows.isEmpty()) throw new InputException(csv + ": no rows");
        return rows;
    }
}
