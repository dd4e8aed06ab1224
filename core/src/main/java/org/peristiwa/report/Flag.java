package org.peristiwa.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Something a reader of the report should know about it as a whole (e.g. {@code call_to_share}). */
@JsonPropertyOrder({"flag", "detail", "evidence"})
public record Flag(String flag, String detail, Evidence evidence) {

    public static final String HIJRI_GREGORIAN_MISMATCH = "hijri_gregorian_mismatch";
    public static final String CALL_TO_SHARE = "call_to_share";
    public static final String WEEKDAY_MISMATCH = "weekday_mismatch";
    public static final String NO_PUBLICATION_DATE = "no_publication_date";
}
