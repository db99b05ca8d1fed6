package org.whiskerstudio.ui.shell;

import java.util.Optional;
import java.util.function.LongConsumer;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.ui.common.Notifier;
import org.whiskerstudio.ui.common.ProjectScoped;
import org.whiskerstudio.ui.deploy.DeployViewModel;
import org.whiskerstudio.ui.deploy.DetectorTryViewModel;
import org.whiskerstudio.ui.detection.DetectorAccess;
import org.whiskerstudio.ui.evaluation.DetectionViewModel;
import org.whiskerstudio.ui.labelling.LabelViewModel;

/**
 * The detector runs' parts of the screens (Evaluate's boxes tab, the Label screen's found boxes, Deploy's boxes),
 * told together of the project opened and of where detectors come from (Deploy's boxes follow the model the Deploy
 * screen loads instead).
 */
public final class DetectionModels implements ProjectScoped<ProjectSession> {
    private final DetectionViewModel evaluation;
    private final DetectorTryViewModel deploy;
    private final LabelViewModel labelling;

    /** @param openInLabel shows an image on the Label screen (a gallery image clicked) */
    DetectionModels(TaskExecutor executor, Notifier notifier, DeployViewModel deploy, LabelViewModel labelling,
                    LongConsumer openInLabel) {
        this.evaluation = new DetectionViewModel(executor, notifier);
        this.deploy = new DetectorTryViewModel(executor, notifier, deploy);
        this.labelling = labelling;
        evaluation.setOpenInLabel(openInLabel);
    }

    /** Where the open project's detector runs, their boxes and stored evaluations come from. */
    public void setAccess(DetectorAccess access) {
        evaluation.setAccess(access);
        labelling.setDetectors(access);
    }

    /** The Label screen's view model hears of projects from the shell itself. */
    @Override
    public void projectOpened(Optional<ProjectSession> next) {
        evaluation.projectOpened(next);
    }

    public DetectionViewModel evaluation() {
        return evaluation;
    }

    public DetectorTryViewModel deploy() {
        return deploy;
    }
}
