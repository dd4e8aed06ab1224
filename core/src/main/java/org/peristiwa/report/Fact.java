package org.peristiwa.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/** A value read from a report together with the evidence for it. Every extracted value travels as a Fact. */
@JsonPropertyOrder({"value", "evidence"})
public record Fact<T>(T value, Evidence evidence) {

    public Fact {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evidence, "a value without evidence is a bug");
    }
}
