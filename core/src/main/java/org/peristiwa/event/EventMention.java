package org.peristiwa.event;

import org.peristiwa.report.Span;

/**
 * A word or phrase that reports an event: its span, its sentence, the sub-event type (or pseudo-type
 * {@code @territory}, {@code @violence}, {@code @protest}) it points to and how strongly, its modality and the
 * cue that set the modality (null when asserted by default).
 */
public record EventMention(Span span, int sentence, int firstToken, int endToken, String type, int weight,
                           Modality modality, Span modalityCue, String rule) {

    public EventMention withModality(Modality m, Span cue, String why) {
        return new EventMention(span, sentence, firstToken, endToken, type, weight, m, cue, rule + "; " + why);
    }
}
