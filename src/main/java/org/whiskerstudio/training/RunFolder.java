package org.whiskerstudio.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.whiskerstudio.common.AtomicFiles;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.dataset.Normalisation;
import org.whiskerstudio.dataset.Preprocessing;

/**
 * A run's folder {@code runs/<id>/}: config.json, architecture.json, normalisation.json, preprocessing.json,
 * epochs.csv,
 * iterations.csv, checkpoint-NNNNN.zip (the model with updater state after epoch NNNNN) named by checkpoint.json,
 * and best.zip. A GAN run keeps gan.json, iterations.csv (both losses per step), generator.zip,
 * discriminator.zip and its sample grids in samples/.
 */
public record RunFolder(Path root) {
    public Path config() {
        return root.resolve("config.json");
    }

    public Path architecture() {
        return root.resolve("architecture.json");
    }

    public Path normalisation() {
        return root.resolve("normalisation.json");
    }

    /** How examples became the network's input (encoding, steps, features, size, resize), as trained. */
    public Path preprocessing() {
        return root.resolve("preprocessing.json");
    }

    public Path epochs() {
        return root.resolve("epochs.csv");
    }

    public Path iterations() {
        return root.resolve("iterations.csv");
    }

    /**
     * The model and updater state after {@code epoch}. Each epoch writes a new file and then checkpoint.json names
     * it, so a process killed in between leaves checkpoint.json naming a complete older checkpoint.
     */
    public Path checkpoint(int epoch) {
        return root.resolve(String.format("checkpoint-%05d.zip", epoch));
    }

    public Path checkpointState() {
        return root.resolve("checkpoint.json");
    }

    /** The model of the epoch with the best validation loss (training loss without a validation part). */
    public Path best() {
        return root.resolve("best.zip");
    }

    /** The class names in label order as the run trained them (label i is element i). */
    public Path classes() {
        return root.resolve("classes.json");
    }

    /** Which images the run trained, validated and tested on: CSV of sha256, part, class. */
    public Path split() {
        return root.resolve("split.csv");
    }

    /** A GAN's class and sampling settings. */
    public Path ganSettings() {
        return root.resolve("gan.json");
    }

    /** A GAN's generator, saved after every epoch and when stopped. */
    public Path generator() {
        return root.resolve("generator.zip");
    }

    public Path discriminator() {
        return root.resolve("discriminator.zip");
    }

    /** The grid of generated images from the fixed noise batch after {@code step} steps. */
    public Path samples(long step) {
        return root.resolve("samples").resolve(String.format("step-%06d.png", step));
    }

    /** An autoencoder's normal class. */
    public Path normalClass() {
        return root.resolve("normal-class.json");
    }

    public void writeNormalClass(NormalClass normal) throws IOException {
        AtomicFiles.write(normalClass(), Json.mapper().writeValueAsBytes(normal));
    }

    /** Empty for a run of another kind. */
    public Optional<NormalClass> readNormalClass() throws IOException {
        return readJson(normalClass(), NormalClass.class);
    }

    /** An autoencoder's threshold, when a person has moved it from the default. */
    public Path anomalyThreshold() {
        return root.resolve("anomaly-threshold.json");
    }

    public void writeAnomalyThreshold(AnomalyThreshold threshold) throws IOException {
        AtomicFiles.write(anomalyThreshold(), Json.mapper().writeValueAsBytes(threshold));
    }

    /**
     * Empty when the threshold was never moved (or the run is of another kind), or was moved on a score the run no
     * longer answers (a reconstruction error, before the code distance): use the default.
     */
    public Optional<AnomalyThreshold> readAnomalyThreshold() throws IOException {
        return readJson(anomalyThreshold(), AnomalyThreshold.class)
                .filter(t -> t.score() == AnomalyScore.CODE_DISTANCE);
    }

    /** Forgets a moved threshold, so the default applies again. */
    public void clearAnomalyThreshold() throws IOException {
        Files.deleteIfExists(anomalyThreshold());
    }

    public void writeGanSettings(GanSettings settings) throws IOException {
        AtomicFiles.write(ganSettings(), Json.mapper().writeValueAsBytes(settings));
    }

    /** Empty for a classifier's run. */
    public Optional<GanSettings> readGanSettings() throws IOException {
        return readJson(ganSettings(), GanSettings.class);
    }

    public void writeClasses(List<String> classes) throws IOException {
        AtomicFiles.write(classes(), Json.mapper().writeValueAsBytes(classes));
    }

    /** Empty for runs made before classes were recorded. */
    public Optional<List<String>> readClasses() throws IOException {
        return readJson(classes(), String[].class).map(List::of);
    }

    void writeSnapshot(String configJson, String architectureJson) throws IOException {
        Files.createDirectories(root);
        AtomicFiles.write(config(), configJson.getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(architecture(), architectureJson.getBytes(StandardCharsets.UTF_8));
    }

    public void writeNormalisation(Normalisation normalisation) throws IOException {
        AtomicFiles.write(normalisation(), Json.mapper().writeValueAsBytes(normalisation));
    }

    public Optional<Normalisation> readNormalisation() throws IOException {
        if (!Files.isRegularFile(normalisation())) {
            return Optional.empty();
        }
        return Optional.of(Json.mapper().readValue(normalisation().toFile(), Normalisation.class));
    }

    /**
     * Recorded when training starts, so the model is fed as it was trained even after the project's data changes
     * (texts imported into a series project would otherwise make a later reader derive a text encoding).
     */
    public void writePreprocessing(Preprocessing preprocessing) throws IOException {
        AtomicFiles.write(preprocessing(), Json.mapper().writeValueAsBytes(preprocessing));
    }

    /** Empty for runs made before the preprocessing was recorded (and for GAN runs). */
    public Optional<Preprocessing> readPreprocessing() throws IOException {
        return readJson(preprocessing(), Preprocessing.class);
    }

    /** Written after the checkpoint zip is in place, so checkpoint.json always names a complete zip. */
    public void writeCheckpointState(CheckpointState state) throws IOException {
        AtomicFiles.write(checkpointState(), Json.mapper().writeValueAsBytes(state));
    }

    /** The last checkpoint, or empty when no epoch has finished (or the zip is missing). */
    public Optional<CheckpointState> readCheckpointState() throws IOException {
        return readJson(checkpointState(), CheckpointState.class)
                .filter(state -> Files.isRegularFile(checkpoint(state)));
    }

    /**
     * The zip a checkpoint state names: {@link #checkpoint(int)} at an epoch's end, checkpoint-E-S.zip (E epochs
     * finished, S steps in all) inside the next, so the two never share a file and checkpoint.json, written after its
     * zip, always names a complete one.
     */
    public Path checkpoint(CheckpointState state) {
        return state.insideEpoch() ? root.resolve(String.format("checkpoint-%05d-%d.zip", state.epoch(),
                state.iteration()))
                : checkpoint(state.epoch());
    }

    /** The JSON file read as {@code type}; empty when it does not exist; a damaged one is an error naming it. */
    static <T> Optional<T> readJson(Path file, Class<T> type) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readValue(file.toFile(), type));
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is damaged: " + e.getOriginalMessage(), e);
        }
    }
}
