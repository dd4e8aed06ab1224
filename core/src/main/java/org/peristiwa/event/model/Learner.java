package org.peristiwa.event.model;

import java.util.List;

/** Something that learns a {@link LinearModel} from labelled examples. */
public interface Learner {

    LinearModel train(List<TrainingExample> examples, String description);
}
