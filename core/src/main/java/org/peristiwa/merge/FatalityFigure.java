package org.peristiwa.merge;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One report's death toll for a merged event and who gave it; {@code claim} when only the perpetrator says so. */
@JsonPropertyOrder({"value", "mention_id", "source", "source_kind", "claim"})
public record FatalityFigure(int value, @JsonProperty("mention_id") String mentionId, String source,
                             @JsonProperty("source_kind") String sourceKind, boolean claim) {}
