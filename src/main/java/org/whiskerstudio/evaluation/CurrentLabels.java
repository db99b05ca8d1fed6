package org.whiskerstudio.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.LabelClass;
import org.whiskerstudio.project.ProjectStore;

/** The class name of every image of a project that carries exactly one class, as classification reads labels. */
public final class CurrentLabels {
    private CurrentLabels() {
    }

    public static Map<Long, String> of(ProjectStore store) {
        Map<Long, String> names = new HashMap<>();
        for (LabelClass c : store.labelClasses()) {
            names.put(c.id(), c.name());
        }
        Map<Long, String> out = new HashMap<>();
        for (ImageAsset image : store.images(ImageQuery.ALL)) {
            List<Long> ids = image.classIds();
            if (ids.size() == 1 && names.containsKey(ids.get(0))) {
                out.put(image.id(), names.get(ids.get(0)));
            }
        }
        return out;
    }
}
