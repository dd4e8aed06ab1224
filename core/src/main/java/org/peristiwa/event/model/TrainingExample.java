package org.peristiwa.event.model;

import java.util.Map;

/** One training example: its features, its label and how much it counts (1 unless weighted). */
public record TrainingExample(Map<String, Double> features, String label, double weight) {

    public TrainingExample(Map<String, Double> features, String label) {
        this(features, label, 1.0);
    }
}
