package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.CharacterModel;
import org.whiskerstudio.architecture.Issue;
import org.whiskerstudio.dataset.text.CharData;
import org.whiskerstudio.project.sequences.SequenceUnreadable;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingControl;
import org.whiskerstudio.training.TrainingListener;
import org.whiskerstudio.training.TrainingRun;

/** {@link Dl4jTrainingService}'s branch for next-character models: the project's texts instead of labelled images. */
final class CharacterRuns {
    private CharacterRuns() {
    }

    /** @throws IllegalArgumentException when there is no usable text, or the model does not fit its vocabulary */
    static CharData check(TrainingDataSource source, Architecture architecture) {
        CharacterModel shape = CharacterModel.of(architecture.network()).orElseThrow();
        CharData data;
        try {
            data = source.characters(shape.steps());
        } catch (SequenceUnreadable e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        Analysis analysis = CharacterModel.check(architecture.network(), data.vocabulary().size());
        if (!analysis.ok()) {
            throw new IllegalArgumentException("\"" + architecture.name() + "\" cannot learn this project's texts: "
                    + analysis.issues().stream().map(Issue::message).collect(Collectors.joining("; "))
                    + (shape.vocabulary() != data.vocabulary().size() ? " (the texts use " + data.vocabulary().size()
                    + " symbols: pick the charlstm template again to fit them)" : ""));
        }
        return data;
    }

    /** Null when stopped before the first step. */
    static TrainingOutcome train(TrainingDataSource source, RunStore runs, TrainingControl control, TrainingRun run,
                                 Architecture architecture, TrainingListener listener, boolean resume)
            throws IOException, InterruptedException {
        listener.onPreparing(0, 1, "Reading the project's texts");
        CharData data = check(source, architecture);
        if (!resume) {
            runs.setProvenance(run.id(), EngineInfo.provenance(summary(data)));
        }
        listener.onPreparing(1, 1, "Texts ready");
        if (control.isStopRequested()) {
            return null;
        }
        return CharModelTrainer.run(new CharModelTrainer.Job(run.id(), architecture.network(), run.config(),
                runs.folder(run.id()), data, control, listener, RunRecorder.of(runs, run.id()), resume,
                run.durationMillis(), CharModelTrainer.Sampling.defaults(run.config().seed())));
    }

    static String summary(CharData data) {
        return String.format(Locale.ROOT, "%,d characters from %d texts; %d symbols (%,d rare characters as unknown); "
                        + "%,d training windows of %d characters, %s", data.corpusChars(), data.examples(),
                data.vocabulary().size(), data.unknownChars(), data.train().count(), data.train().steps(),
                data.validation().map(v -> v.count() + " validation windows (the last 5%)").orElse("no validation part"));
    }
}
