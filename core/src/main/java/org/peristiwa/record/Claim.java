package org.peristiwa.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.peristiwa.report.Evidence;

/** A figure or assertion and who made it: "at least 30 soldiers killed" — A'maaq, perpetrator-affiliated. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"field", "value", "claim", "source", "source_kind", "evidence"})
public record Claim(String field, Long value, String claim, String source,
                    @com.fasterxml.jackson.annotation.JsonProperty("source_kind") String sourceKind, Evidence evidence) {}
