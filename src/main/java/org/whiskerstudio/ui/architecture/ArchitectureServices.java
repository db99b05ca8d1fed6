package org.whiskerstudio.ui.architecture;

import java.util.List;
import java.util.function.Supplier;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.LearningCriterion;

/** What the editor needs from the architecture domain besides the view model: templates and the JSON form. */
public interface ArchitectureServices {
    /** A starting point offered in the New menu under what it learns from, adapted to the open project when built. */
    record Template(String title, LearningCriterion criterion, Supplier<Architecture> build) {
    }

    List<Template> templates();

    String toJson(Architecture architecture);

    /** Reads an architecture file; IllegalArgumentException with the place and reason when it is not one. */
    Architecture fromJson(String json);

    /** How many classes the open project has (the palette's Output block starts with it). */
    int classes();
}
