package org.whiskerstudio.ui.training;

import java.util.List;
import java.util.Optional;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureStore;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.TrainingService;

/** What the Train screen reads from the open project besides its runs. Calls may touch the database. */
public interface TrainingProject {
    /** The project's training service; empty when this build has no training engine. */
    Optional<TrainingService> service();

    List<String> architectureNames();

    /**
     * Why the Train screen has nothing to offer yet, asked of {@code chosen}'s kind: a character model learns from
     * texts (labelled or not), a GAN from labelled images, a classifier from labelled examples. Empty when the chosen
     * architecture, or any other of the project's, has what it learns from: the screen then opens (so another
     * architecture can be chosen there) and Start names what the chosen one lacks.
     */
    Optional<String> notReady(String chosen);

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
            public Optional<String> notReady(String chosen) {
                ExampleCounts data = ExampleCounts.of(store);
                List<String> names = architectures.names();
                boolean someoneCan = names.stream().map(architectures::load).flatMap(Optional::stream)
                        .anyMatch(a -> data.has(a.kind()));
                if (someoneCan) {
                    return Optional.empty();
                }
                return Optional.of(ExampleCounts.missing(architectures.load(chosen).map(Architecture::kind)
                        .orElse(ModelKind.CLASSIFIER)));
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
