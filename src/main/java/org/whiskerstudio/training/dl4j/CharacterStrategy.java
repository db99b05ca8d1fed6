package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.whiskerstudio.architecture.Analysis;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.CharacterModel;
import org.whiskerstudio.architecture.Issue;
import org.whiskerstudio.dataset.text.CharData;
import org.whiskerstudio.project.sequences.SequenceUnreadable;
import org.whiskerstudio.training.RunRecorder;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TrainingRequest;
import org.whiskerstudio.training.TrainingRun;

/** A next-character model learns the project's texts (labelled or not) in {@link CharModelTrainer}. */
final class CharacterStrategy implements RunStrategy {
    private final TrainingDataSource source;
    private final RunStore runs;

    CharacterStrategy(TrainingDataSource source, RunStore runs) {
        this.source = source;
        this.runs = runs;
    }

    @Override
    public void check(Architecture architecture, TrainingRequest request) {
        texts(architecture);
    }

    /** @throws IllegalArgumentException when there is no usable text, or the model does not fit its vocabulary */
    private CharData texts(Architecture architecture) {
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

    @Override
    public Optional<TrainingOutcome> train(RunJob job) throws IOException, InterruptedException {
        TrainingRun run = job.run();
        job.listener().onPreparing(0, 1, "Reading the project's texts");
        CharData data = texts(job.architecture());
        if (!job.resume()) {
            runs.setProvenance(run.id(), EngineInfo.provenance(summary(data)));
        }
        job.listener().onPreparing(1, 1, "Texts ready");
        if (job.control().isStopRequested()) {
            return Optional.empty();
        }
        return Optional.of(CharModelTrainer.run(new CharModelTrainer.Job(run.id(), job.architecture().network(),
                run.config(), runs.folder(run.id()), data, job.control(), job.listener(), RunRecorder.of(runs, run.id()),
                job.resume(), run.durationMillis(), CharModelTrainer.Sampling.defaults(run.config().seed()))));
    }

    @Override
    public List<String> warnings(Architecture architecture) {
        return source.warnings(architecture);
    }

    private static String summary(CharData data) {
        return String.format(Locale.ROOT, "%,d characters from %d texts; %d symbols (%,d rare characters as unknown); "
                        + "%,d training windows of %d characters, %s", data.corpusChars(), data.examples(),
                data.vocabulary().size(), data.unknownChars(), data.train().count(), data.train().steps(),
                data.validation().map(v -> v.count() + " validation windows (the last 5%)").orElse("no validation part"));
    }
}
