package org.peristiwa.eval;

import java.time.LocalDate;
import java.util.Map;

/** One row of a gold CSV: the report text, its document id, an optional publication date, and its gold fields. */
public record GoldRow(int row, String docId, String text, LocalDate publicationDate, Map<String, String> fields) {

    /** The gold value of a field, trimmed; empty when the cell is blank or the column absent (not scored). */
    public String gold(String field) {
        String v = fields.get(field);
        return v == null ? "" : v.trim();
    }
}
