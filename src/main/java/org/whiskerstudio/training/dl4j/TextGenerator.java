package org.whiskerstudio.training.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.CharacterModel;
import org.whiskerstudio.common.ModelZips;
import org.whiskerstudio.dataset.text.CharVocabulary;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.training.CharacterRunNote;
import org.whiskerstudio.training.OpenedRun;
import org.whiskerstudio.training.RunFolder;
import org.whiskerstudio.training.RunStore;
import org.whiskerstudio.training.TextGeneration;

/** A trained next-character model of a run (best.zip, else its last checkpoint) with its vocabulary, writing text. */
public final class TextGenerator {
    private final MultiLayerNetwork net;
    private final CharVocabulary vocabulary;

    private TextGenerator(MultiLayerNetwork net, CharVocabulary vocabulary) {
        this.net = net;
        this.vocabulary = vocabulary;
    }

    /** @throws IllegalArgumentException when the run is unknown or not a character model */
    public static TextGenerator ofRun(ProjectStore store, long runId) throws IOException {
        OpenedRun run = new RunStore(store).open(runId);
        Architecture architecture = run.architecture();
        if (!CharacterRunNote.isCharacterRun(run.run())) {
            throw new IllegalArgumentException("Run " + runId + " (" + architecture.name() + ") is not a character "
                    + "model: it cannot write text.");
        }
        // The kind says it is one; its shape (window, vocabulary) is the architecture's.
        CharacterModel shape = CharacterModel.of(architecture.network()).orElseThrow();
        RunFolder folder = run.folder();
        return load(TrainedModel.modelFile(folder), CharVocabulary.load(CharModelTrainer.vocabularyFile(folder)), shape);
    }

    static TextGenerator load(Path zip, CharVocabulary vocabulary, CharacterModel shape) throws IOException {
        if (shape.vocabulary() != vocabulary.size()) {
            throw new IOException(zip.getParent() + ": the model reads " + shape.vocabulary() + " symbols but its "
                    + "vocabulary.json has " + vocabulary.size() + ".");
        }
        ModelZips.requireModelOnly(zip);
        return new TextGenerator(ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), false), vocabulary);
    }

    public CharVocabulary vocabulary() {
        return vocabulary;
    }

    /** The primer followed by what the model writes. */
    public synchronized String generate(TextGeneration request) {
        return CharSampler.sample(net, vocabulary, request.primer(), request.length(), request.temperature(),
                request.seed());
    }
}
