package org.whiskerstudio.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.whiskerstudio.architecture.Architecture;
import org.whiskerstudio.architecture.ArchitectureJson;
import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.common.FileTrees;
import org.whiskerstudio.common.Json;
import org.whiskerstudio.project.ProjectStore;

/**
 * The project's run history: rows of {@code training_run} and their folders {@code runs/<id>/}. Each change is one
 * transaction, so the row always says what the files on disk hold.
 */
public final class RunStore {
    private static final String COLUMNS = """
            id, name, architecture_name, status, message, created_at, updated_at, duration_ms, epochs_done,
            config_json, best_epoch, best_val_loss, best_val_accuracy, kind""";

    private final ProjectStore store;
    /** Whether this store has settled the kinds of older rows (see {@link OldRunKinds}); once is enough. */
    private volatile boolean kindsSettled;

    public RunStore(ProjectStore store) {
        this.store = store;
    }

    public RunFolder folder(long runId) {
        return new RunFolder(store.layout().runs().resolve(Long.toString(runId)));
    }

    /**
     * Records a new run as RUNNING with a snapshot of its architecture (later edits of the architecture do not change
     * what the run trained) and writes config.json and architecture.json to its folder.
     */
    public TrainingRun create(String name, Architecture architecture, TrainingConfig config, Provenance provenance) {
        ModelKind kind = architecture.kind();
        String architectureJson = ArchitectureJson.write(architecture);
        String configJson = TrainingConfigJson.write(config);
        long id = store.write(c -> {
            String now = Instant.now().toString();
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO training_run(name, architecture_name, architecture_json, config_json, status,
                        created_at, updated_at, provenance_json, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, architecture.name());
                ps.setString(3, architectureJson);
                ps.setString(4, configJson);
                ps.setString(5, RunStatus.RUNNING.name());
                ps.setString(6, now);
                ps.setString(7, now);
                ps.setString(8, provenanceJson(provenance));
                ps.setString(9, kind.key());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    long runId = keys.getLong(1);
                    // Inside the transaction: when the files cannot be written, no row is left behind.
                    writeFolder(folder(runId), configJson, architectureJson);
                    return runId;
                }
            }
        });
        return get(id).orElseThrow();
    }

    private static void writeFolder(RunFolder folder, String configJson, String architectureJson) {
        try {
            folder.writeSnapshot(configJson, architectureJson);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the run folder " + folder.root() + ": " + e.getMessage(), e);
        }
    }

    /** A name for a run nobody named: the architecture's name and a number one above the runs so far. */
    public String defaultName(String architectureName) {
        int count = store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM training_run WHERE architecture_name = ?")) {
                ps.setString(1, architectureName);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
        return architectureName + " #" + (count + 1);
    }

    public void setStatus(long runId, RunStatus status, String message) {
        update(runId, "status = ?, message = ?", ps -> {
            ps.setString(1, status.name());
            ps.setString(2, message);
        });
    }

    public void setProgress(long runId, RunProgress progress) {
        update(runId, "epochs_done = ?, duration_ms = ?, best_epoch = ?, best_val_loss = ?, best_val_accuracy = ?", ps -> {
            ps.setInt(1, progress.epochsDone());
            ps.setLong(2, progress.durationMillis());
            setOptional(ps, 3, progress.bestEpoch().isPresent() ? progress.bestEpoch().getAsInt() : null);
            setOptional(ps, 4, progress.bestValidationLoss().isPresent() ? progress.bestValidationLoss().getAsDouble() : null);
            setOptional(ps, 5, progress.bestValidationAccuracy().isPresent()
                    ? progress.bestValidationAccuracy().getAsDouble() : null);
        });
    }

    /** Replaces the provenance, e.g. once the data is prepared and its split is known. */
    public void setProvenance(long runId, Provenance provenance) {
        String json = provenanceJson(provenance);
        update(runId, "provenance_json = ?", ps -> ps.setString(1, json));
    }

    /** The history, newest first. */
    public List<TrainingRun> list() {
        settleKinds();
        return store.read(c -> {
            List<TrainingRun> runs = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM training_run ORDER BY id DESC")) {
                while (rs.next()) {
                    runs.add(withInsideCheckpoint(row(rs)));
                }
            }
            return runs;
        });
    }

    public Optional<TrainingRun> get(long runId) {
        settleKinds();
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM training_run WHERE id = ?")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(withInsideCheckpoint(row(rs))) : Optional.<TrainingRun>empty();
                }
            }
        });
    }

    private void settleKinds() {
        // A read-only store leaves old rows as they are (they read as classifiers): the next writer settles them.
        if (!kindsSettled && !store.readOnly()) {
            OldRunKinds.settle(store);
            kindsSettled = true;
        }
    }

    /**
     * The run's row, architecture snapshot and recorded input in one read, for an operation that needs them all.
     *
     * @throws IllegalArgumentException when the project has no such run
     * @throws IOException when its architecture snapshot is missing or its preprocessing.json is damaged
     */
    public OpenedRun open(long runId) throws IOException {
        return find(runId).orElseThrow(() -> new IllegalArgumentException("There is no run " + runId + "."));
    }

    /** As {@link #open}, empty when the project has no such run. */
    public Optional<OpenedRun> find(long runId) throws IOException {
        settleKinds();
        record Row(TrainingRun run, Optional<String> architectureJson) {
        }
        Optional<Row> found = store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + ", architecture_json FROM training_run WHERE id = ?")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Row(withInsideCheckpoint(row(rs)),
                            Optional.ofNullable(rs.getString("architecture_json")))) : Optional.<Row>empty();
                }
            }
        });
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Architecture architecture = found.get().architectureJson().map(ArchitectureJson::read)
                .orElseThrow(() -> new IOException("Run " + runId + " has no architecture snapshot."));
        RunFolder folder = folder(runId);
        return Optional.of(new OpenedRun(found.get().run(), folder, architecture, folder.readPreprocessing()));
    }

    /** The architecture as it was when the run started. */
    public Optional<Architecture> architecture(long runId) {
        return text(runId, "architecture_json").map(ArchitectureJson::read);
    }

    public Optional<Provenance> provenance(long runId) {
        return text(runId, "provenance_json").map(json -> {
            try {
                return Json.mapper().readValue(json, Provenance.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("run " + runId + " has a broken provenance: " + e.getOriginalMessage(), e);
            }
        });
    }

    /** Deletes the run's row and then its folder (a folder left by a failed delete is only disk space). */
    public void delete(long runId) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM training_run WHERE id = ?")) {
                ps.setLong(1, runId);
                return ps.executeUpdate();
            }
        });
        try {
            FileTrees.delete(folder(runId).root());
        } catch (IOException e) {
            throw new UncheckedIOException("The run was removed from the history but its folder " + folder(runId).root()
                    + " could not be deleted: " + e.getMessage(), e);
        }
    }

    /**
     * Runs found RUNNING or PAUSED when a project is opened were cut off by a killed app: they become INTERRUPTED
     * (resumable from their last checkpoint). Returns how many. A store open to read only marks nothing: it sits
     * beside the process that holds the project, whose runs are really going.
     */
    static final String INTERRUPTED = "The studio closed while this run was going; resume goes on from the last "
            + "finished epoch.";
    /** An agent saves its learner every 30 s (and its episodes up to it), not at the end of epochs. */
    static final String INTERRUPTED_AGENT = "The studio closed while this agent was learning; resume goes on from "
            + "its last checkpoint (saved every 30 s of training), when it has one.";

    public int markInterrupted() {
        if (store.readOnly()) {
            return 0;
        }
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE training_run SET status = ?, updated_at = ?,
                        message = CASE kind WHEN ? THEN ? ELSE ? END
                    WHERE status IN (?, ?)""")) {
                ps.setString(1, RunStatus.INTERRUPTED.name());
                ps.setString(2, Instant.now().toString());
                ps.setString(3, ModelKind.AGENT.key());
                ps.setString(4, INTERRUPTED_AGENT);
                ps.setString(5, INTERRUPTED);
                ps.setString(6, RunStatus.RUNNING.name());
                ps.setString(7, RunStatus.PAUSED.name());
                return ps.executeUpdate();
            }
        });
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(long runId, String assignments, Binder binder) {
        int changed = store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE training_run SET " + assignments
                    + ", updated_at = ? WHERE id = ?")) {
                binder.bind(ps);
                int next = (int) assignments.chars().filter(ch -> ch == '?').count() + 1;
                ps.setString(next, Instant.now().toString());
                ps.setLong(next + 1, runId);
                return ps.executeUpdate();
            }
        });
        if (changed == 0) {
            throw new IllegalArgumentException("There is no run " + runId + " in this project");
        }
    }

    private Optional<String> text(long runId, String column) {
        return store.read(c -> query(c, "SELECT " + column + " FROM training_run WHERE id = ?", runId));
    }

    private static Optional<String> query(Connection c, String sql, long runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void setOptional(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else {
            ps.setObject(index, value);
        }
    }

    /**
     * Marks a stopped run that saved a checkpoint inside its first epoch (character runs do), so it can be resumed;
     * checkpoint.json is read only for such a run (stopped or interrupted, no epoch finished).
     */
    private TrainingRun withInsideCheckpoint(TrainingRun run) {
        if (run.kind() == ModelKind.AGENT) {
            return run.status().resumable() && Files.isRegularFile(new AgentFiles(folder(run.id())).learner())
                    ? run.withSavedInsideEpoch() : run;
        }
        if (!run.status().resumable() || run.epochsDone() > 0) {
            return run;
        }
        try {
            return folder(run.id()).readCheckpointState().filter(CheckpointState::insideEpoch)
                    .map(s -> run.withSavedInsideEpoch()).orElse(run);
        } catch (IOException e) {
            return run; // a damaged checkpoint.json: resuming would fail, so it is not offered
        }
    }

    private static TrainingRun row(ResultSet rs) throws SQLException {
        int bestEpoch = rs.getInt("best_epoch");
        OptionalInt best = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(bestEpoch);
        return new TrainingRun(rs.getLong("id"), rs.getString("name"), rs.getString("architecture_name"),
                RunStatus.valueOf(rs.getString("status")), rs.getString("message"),
                Instant.parse(rs.getString("created_at")), Instant.parse(rs.getString("updated_at")),
                rs.getLong("duration_ms"), rs.getInt("epochs_done"), TrainingConfigJson.read(rs.getString("config_json")),
                best, optionalDouble(rs, "best_val_loss"), optionalDouble(rs, "best_val_accuracy"),
                ModelKind.fromKey(rs.getString("kind")));
    }

    private static OptionalDouble optionalDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static String provenanceJson(Provenance provenance) {
        try {
            return Json.mapper().writeValueAsString(provenance);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a provenance", e);
        }
    }
}
