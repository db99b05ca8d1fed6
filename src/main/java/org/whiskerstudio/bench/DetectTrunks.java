package org.whiskerstudio.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.whiskerstudio.architecture.DetectorTemplates;
import org.whiskerstudio.architecture.DetectorTemplates.Step;

/**
 * The trunks {@code bench detect --trunk} compares under one budget, by name: the first template's (pooled) and
 * candidates that reduce the input by strided convolutions instead of convolving at full resolution first.
 */
final class DetectTrunks {
    static final Map<String, List<Step>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("template", DetectorTemplates.trunk());
        ALL.put("pooled", DetectorTemplates.POOLED);
        ALL.put("strided", List.of(new Step(16, 3, 2, false), new Step(32, 3, 2, false), new Step(64, 3, 2, false),
                new Step(128, 3, 2, false), new Step(128, 3, 1, false)));
        ALL.put("strided-light", List.of(new Step(8, 3, 2, false), new Step(16, 3, 2, false), new Step(32, 3, 2, false),
                new Step(64, 3, 2, false), new Step(128, 3, 1, false)));
        ALL.put("strided-16", List.of(new Step(16, 3, 2, false), new Step(32, 3, 2, false), new Step(64, 3, 2, false),
                new Step(128, 3, 1, false)));
        ALL.put("patch", DetectorTemplates.PATCH);
        ALL.put("patch-light", List.of(new Step(16, 4, 4, false), new Step(32, 3, 2, false), new Step(64, 3, 1, false),
                new Step(128, 3, 2, false), new Step(128, 3, 1, false)));
        ALL.put("patch-16", List.of(new Step(16, 4, 4, false), new Step(64, 3, 2, false), new Step(128, 3, 1, false),
                new Step(128, 3, 1, false)));
        // Wider where the cells are few: the template's plateau (mAP@0.5 0.69-0.71 from epoch 30 to 44, with
        // augmentation) came from telling Shirt, Coat and Pullover apart, not from finding the items.
        ALL.put("patch-wide", List.of(new Step(24, 4, 4, false), new Step(64, 3, 2, false), new Step(96, 3, 1, false),
                new Step(192, 3, 2, false), new Step(192, 3, 1, false)));
        // Overlapping 3x3 strided convolutions from the full 128 pixels (not 4x4 patches), two convolutions at 16 and
        // at 8 cells: patch-wide, wider at 8 cells, learnt no faster per epoch (0.515, 0.615, 0.645 at epochs 5,
        // 10, 15 against the template's 0.534, 0.619, 0.642), so resolution rather than width is tried.
        ALL.put("strided-6", List.of(new Step(16, 3, 2, false), new Step(32, 3, 2, false), new Step(64, 3, 2, false),
                new Step(64, 3, 1, false), new Step(128, 3, 2, false), new Step(128, 3, 1, false)));
        // Trunks that keep more resolution before the 16-cell grid. As classifiers of the boxes' crops (bench detect
        // --warm-up-only, 3 CPU minutes, 48-pixel crops) they named 76.6% (patch-32) and 77.0% (patch2) of the test
        // crops right against the template's 75.2% and strided-6's 75.8%, each epoch costing about a third more.
        ALL.put("patch-32", List.of(new Step(16, 4, 4, false), new Step(32, 3, 1, false), new Step(64, 3, 2, false),
                new Step(64, 3, 1, false), new Step(128, 3, 2, false), new Step(128, 3, 1, false)));
        ALL.put("patch2", List.of(new Step(16, 2, 2, false), new Step(32, 3, 2, false), new Step(64, 3, 2, false),
                new Step(64, 3, 1, false), new Step(128, 3, 2, false), new Step(128, 3, 1, false)));
        ALL.put("strided-pool", List.of(new Step(16, 3, 2, false), new Step(32, 3, 1, true), new Step(64, 3, 1, true),
                new Step(128, 3, 1, true), new Step(128, 3, 1, false)));
    }

    private DetectTrunks() {
    }

    static List<Step> named(String name) {
        List<Step> trunk = ALL.get(name);
        if (trunk == null) {
            throw new IllegalArgumentException("no trunk " + name + "; one of " + ALL.keySet());
        }
        return trunk;
    }
}
