package org.peristiwa.event;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a report says about an event: that it happened ({@link #ASSERTED}), that only its perpetrator says so
 * ({@link #CLAIMED}), that it is denied, threatened, planned, hypothetical, recalled as background, negated, or a
 * standing state. Only asserted and claimed events are ACLED events; hypothetical, negated and standing ones are
 * not output as events.
 */
public enum Modality {
    ASSERTED, CLAIMED, DENIED, THREATENED, PLANNED, HYPOTHETICAL, BACKGROUND, NEGATED,
    /** A standing state, not an act: "the city still held by the regime", "IS controls Yarmouk". */
    STANDING,
    /** Words that name an act of conflict used in another sense: a striker's attack, a price war, an explosion at a plant. */
    NOT_CONFLICT;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Whether an event with this modality is an event record at all (as opposed to a dismissed mention). */
    public boolean isRecorded() {
        return this != HYPOTHETICAL && this != NEGATED && this != STANDING && this != NOT_CONFLICT;
    }

    /** Whether the event belongs in an ACLED-style dataset (as opposed to PLOVER-only or context). */
    public boolean isAcledEvent() {
        return this == ASSERTED || this == CLAIMED;
    }
}
