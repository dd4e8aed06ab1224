package org.peristiwa.flink;

/**
 * One report's record, as {@code peristiwa extract} writes it ({@code json}, byte for byte), with the columns the
 * Parquet output adds beside it. A Flink POJO.
 */
public class ReportOut {

    public String reportId;
    public String path;
    public String language;
    public int events;
    public String json;

    public ReportOut() {}

    public ReportOut(String reportId, String path, String language, int events, String json) {
        this.reportId = reportId;
        this.path = path;
        this.language = language;
        this.events = events;
        this.json = json;
    }
}
