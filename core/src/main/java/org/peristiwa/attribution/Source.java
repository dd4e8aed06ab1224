package org.peristiwa.attribution;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.peristiwa.report.Evidence;

/**
 * Who a fact comes from: the publisher, an outlet the report credits, or a person or body it quotes.
 * {@code kind} is one of the source kinds (independent_media, partisan_media, perpetrator_affiliated, monitor,
 * local_activist, government, military, witness, state_media, publisher, other). {@code via} names the
 * outlet that passed the words on ("Wassim Doghmoush" via "ARA News").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "source_kind", "affiliation", "via", "evidence"})
public record Source(String name,
                     @com.fasterxml.jackson.annotation.JsonProperty("source_kind") String kind,
                     String affiliation, String via, Evidence evidence) {}
