package org.peristiwa.report;

import org.peristiwa.report.Report;

/** One step of the pipeline: reads the layers before it and adds one layer of its own. */
public interface Component {

    /** A short name, used in evidence rules and in timings. */
    String name();

    void process(Report report);
}
