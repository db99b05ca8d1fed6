package org.whiskerstudio.training;

import java.util.List;
import java.util.Objects;

/**
 * What a run's weights started from, kept in its provenance: nothing ({@link #NEW_WEIGHTS}), a run (its project's
 * folder, id and name) or a model bundle (its file), with the SHA-256 of the file the weights were read from, which
 * layers were kept and which replaced, and how many first epochs the layers below the output sat out.
 *
 * @param source          "new", "run" or "bundle"
 * @param project         the run's project folder ("" for a bundle)
 * @param name            the run's or bundle's name
 * @param classesReordered the same classes in another order: the output layer was kept, its units matched by name
 */
public record StartedFrom(String source, String project, long runId, String name, String file, String sha256,
                          List<String> keptLayers, List<String> replacedLayers, boolean classesReordered,
                          int frozenEpochs) {
    public static final StartedFrom NEW_WEIGHTS = new StartedFrom("new", "", 0, "", "", "", List.of(), List.of(),
            false, 0);

    /** Values missing from older or foreign JSON become empty ones, so no field is ever null. */
    public StartedFrom {
        source = Objects.requireNonNullElse(source, "new");
        project = Objects.requireNonNullElse(project, "");
        name = Objects.requireNonNullElse(name, "");
        file = Objects.requireNonNullElse(file, "");
        sha256 = Objects.requireNonNullElse(sha256, "");
        keptLayers = keptLayers == null ? List.of() : List.copyOf(keptLayers);
        replacedLayers = replacedLayers == null ? List.of() : List.copyOf(replacedLayers);
    }

    /** A run's model read from {@code file}. */
    public static StartedFrom run(String project, long runId, String name, String file, String sha256) {
        return new StartedFrom("run", project, runId, name, file, sha256, List.of(), List.of(), false, 0);
    }

    /** A model bundle. */
    public static StartedFrom bundle(String file, String name, String sha256) {
        return new StartedFrom("bundle", "", 0, name, file, sha256, List.of(), List.of(), false, 0);
    }

    public boolean fresh() {
        return source.equals("new");
    }

    /** The same origin with what the run made of it. */
    public StartedFrom with(StartPlan plan, int frozen) {
        return new StartedFrom(source, project, runId, name, file, sha256, plan.keptLayers(), plan.replacedLayers(),
                plan.classesReordered(), frozen);
    }

    /** One sentence for the run's details and {@code whisker train --list}; "New weights." for a fresh run. */
    public String sentence() {
        if (fresh()) {
            return "New weights.";
        }
        StringBuilder s = new StringBuilder("Started from ");
        s.append(source.equals("run") ? "run " + runId + " \"" + name + "\" of " + project
                : "bundle " + file + " (" + name + ")");
        s.append(", SHA-256 ").append(sha256, 0, Math.min(12, sha256.length())).append("...; kept ")
                .append(keptLayers.size()).append(keptLayers.size() == 1 ? " layer" : " layers");
        if (!replacedLayers.isEmpty()) {
            s.append(", replaced ").append(String.join(", ", replacedLayers)).append(" (new classes)");
        } else if (classesReordered) {
            s.append(" (output units matched to the classes by name)");
        }
        if (frozenEpochs > 0) {
            s.append("; the kept layers below the output were frozen for the first ").append(frozenEpochs)
                    .append(frozenEpochs == 1 ? " epoch" : " epochs");
        }
        return s.append('.').toString();
    }
}
