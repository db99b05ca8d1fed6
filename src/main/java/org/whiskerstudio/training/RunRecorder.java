package org.whiskerstudio.training;

/** Where the training loop records a run's state as it goes (its row in the history), so a killed app loses nothing. */
public interface RunRecorder {
    RunRecorder NONE = new RunRecorder() {
        @Override
        public void status(RunStatus status, String message) {
        }

        @Override
        public void progress(RunProgress progress) {
        }
    };

    void status(RunStatus status, String message);

    /** After every checkpoint. */
    void progress(RunProgress progress);

    /** Records into a project's run history. */
    static RunRecorder of(RunStore store, long runId) {
        return new RunRecorder() {
            @Override
            public void status(RunStatus status, String message) {
                store.setStatus(runId, status, message);
            }

            @Override
            public void progress(RunProgress progress) {
                store.setProgress(runId, progress);
            }
        };
    }
}
