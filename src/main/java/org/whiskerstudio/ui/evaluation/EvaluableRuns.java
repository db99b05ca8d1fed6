package org.whiskerstudio.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.training.CharacterRunNote;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingRun;

/**
 * The runs the Evaluate screen lists, and what it says when there are none: classifiers and autoencoders (judged by
 * their anomaly scores). Detector and agent runs have tabs of their own. Next-character runs are left out (they have no classes to sort examples into); when they
 * are all the project has, the empty screen says so and where their text is, rather than that nothing was trained.
 */
record EvaluableRuns(List<RunChoice> choices, String emptyMessage) {
    /** Said on the Classes tab when detector runs are all there is: theirs is the Boxes tab. */
    static final String ONLY_DETECTORS = "No classifier run to evaluate. This project's detector runs are on the "
            + "Boxes tab: their mAP, curves and mistakes.";
    /** Said on the Classes tab when agent runs are all there is: theirs is the Agents tab. */
    static final String ONLY_AGENTS = "No classifier run to evaluate. This project's agent runs are on the Agents tab: "
            + "their returns, their games and a board to play against them.";
    static final String NOTHING_TRAINED = "No trained run to evaluate yet. Train a model on the Train screen (Ctrl+4); "
            + "completed, stopped and early-stopped runs appear here.";

    /** Reads the project's runs (newest first, as the store lists them). */
    static EvaluableRuns read(RunStore runs) {
        List<RunChoice> choices = new ArrayList<>();
        List<TrainingRun> characters = new ArrayList<>();
        boolean detectors = false;
        boolean agents = false;
        for (TrainingRun run : runs.list()) {
            if (run.kind() == ModelKind.AGENT) {
                agents = true; // on the screen's Agents tab
            } else if (!RunChoice.evaluable(run)) {
                continue;
            } else if (run.kind() == ModelKind.DETECTOR) {
                detectors = true; // on the screen's Boxes tab
            } else if (CharacterRunNote.isCharacterRun(run)) {
                characters.add(run);
            } else {
                choices.add(RunChoice.of(run));
            }
        }
        String empty = detectors ? ONLY_DETECTORS : agents ? ONLY_AGENTS : !characters.isEmpty() ? onlyCharacters(characters)
                : NOTHING_TRAINED;
        return new EvaluableRuns(List.copyOf(choices), choices.isEmpty() ? empty : NOTHING_TRAINED);
    }

    private static String onlyCharacters(List<TrainingRun> characters) {
        int others = characters.size() - 1;
        return "No classifier run to evaluate. " + CharacterRunNote.sentence(characters.get(0))
                + (others == 0 ? "" : " (The project's " + others + " other character "
                + (others == 1 ? "run is" : "runs are") + " left out for the same reason.)");
    }
}
