package org.whiskerstudio.ui.training;

import java.util.List;
import java.util.Optional;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.ProjectSummary;
import org.whiskerstudio.project.sequences.MediaKind;
import org.whiskerstudio.training.TrainingService;

/** What the Train screen reads from the open project besides its runs. Calls may touch the database. */
public interface TrainingProject {
    /** The project's training service; empty when this build has no training engine. */
    Optional<TrainingService> service();

    List<String> architectureNames();

    /**
     * What training can learn from: images with at least one label; in a project without any, its texts (a
     * character model learns from every text, labelled or not).
     */
    int labelledImages();

    /** The architecture chosen last time on this project. */
    Optional<String> lastArchitecture();

    void rememberArchitecture(String name);

    /** The open project, with its service opened once from the factory. */
    static TrainingProject of(ProjectSession session, TrainingServiceFactory factory) {
        ProjectStore store = session.store();
        Optional<TrainingService> service = factory.open(session);
        ArchitectureStore architectures = new ArchitectureStore(store);
        String key = "training.architecture";
        return new TrainingProject() {
            @Override
            public Optional<TrainingService> service() {
                return service;
            }

            @Override
            public List<String> architectureNames() {
                return architectures.names();
            }

            @Override
            public int labelledImages() {
                ProjectSummary s = store.summary();
                int labelled = s.images() - s.unlabelled();
                return labelled > 0 ? labelled : (int) store.images(ImageQuery.ALL).stream()
                        .filter(a -> MediaKind.of(a.format()) == MediaKind.TEXT).count();
            }

            @Override
            public Optional<String> lastArchitecture() {
                return Optional.of(store.setting(key, "")).filter(n -> !n.isEmpty());
            }

            @Override
            public void rememberArchitecture(String name) {
                if (!name.equals(store.setting(key, ""))) {
                    store.setSetting(key, name);
                }
            }
        };
    }
}
