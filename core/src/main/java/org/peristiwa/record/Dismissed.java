package org.peristiwa.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.peristiwa.event.Modality;
import org.peristiwa.report.Evidence;

/**
 * Words that look like an event but report none: a hypothetical ("may allow IS to storm the air base"), a
 * negated act. Kept in the output so that a reader can see what was set aside, and why.
 */
@JsonPropertyOrder({"modality", "reason", "evidence"})
public record Dismissed(Modality modality, String reason, Evidence evidence) {}
