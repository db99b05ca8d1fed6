package org.whiskerstudio.training.dl4j;

import java.util.List;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.Preprocessing;
import org.whiskerstudio.training.StartPlan;
import org.whiskerstudio.training.StartedFrom;

/**
 * A model a run can start from, as {@link StartModels} describes it: where it came from, its architecture, its classes
 * in output order, the input it reads and the standardisation its layers learned behind (a run that keeps its layers
 * keeps that too, so they see inputs on the scale they were trained on).
 */
public record StartModel(StartedFrom origin, Architecture architecture, List<String> classes, Preprocessing input,
                         Normalisation normalisation) {
    public StartModel {
        classes = List.copyOf(classes);
    }

    /** Its side of a {@link StartPlan}. */
    public StartPlan.Side side() {
        return new StartPlan.Side(architecture.network(), classes, input);
    }
}
