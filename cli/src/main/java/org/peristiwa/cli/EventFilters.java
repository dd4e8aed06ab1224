package org.peristiwa.cli;

import java.time.LocalDate;
import org.peristiwa.store.EventQuery;
import picocli.CommandLine.Option;

/** The event filters that query, export and the server share; picocli mixes them into each command. */
final class EventFilters {

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events on or after this date.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events on or before this date.")
    LocalDate to;

    @Option(names = "--country", description = "Country name (as in the records, e.g. Indonesia).")
    String country;

    @Option(names = "--admin1", description = "First-level region (province, state, governorate).")
    String admin1;

    @Option(names = "--bbox", paramLabel = "MINLON,MINLAT,MAXLON,MAXLAT", split = ",", description = "Bounding box in degrees.")
    double[] bbox;

    @Option(names = "--type", description = "ACLED event type (e.g. Battles).")
    String eventType;

    @Option(names = "--sub-type", description = "ACLED sub-event type (e.g. 'Air/drone strike').")
    String subEventType;

    @Option(names = "--actor", description = "Words in actor 1 or actor 2 (case-insensitive).")
    String actor;

    @Option(names = "--min-fatalities", paramLabel = "N", description = "At least this many reported deaths.")
    Integer minFatalities;

    @Option(names = "--source-kind", description = "A source of this kind (independent_media, monitor, government, perpetrator_affiliated, ...).")
    String sourceKind;

    @Option(names = "--modality", description = "asserted, claimed, threatened, planned, background, denied.")
    String modality;

    EventQuery query(boolean acledOnly, int limit, int offset) {
        return new EventQuery(from, to, country, admin1, bbox, eventType, subEventType, actor, minFatalities, sourceKind,
                modality, acledOnly, limit, offset);
    }
}
