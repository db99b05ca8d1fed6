package org.whiskerstudio.training;

/** How the learning rate changes over the epochs of a run. */
public enum Schedule {
    /** The same rate throughout. */
    CONSTANT("Constant"),
    /** Halved every {@link TrainingConfig#STEP_EPOCHS} epochs. */
    STEP("Step (halve every 2 epochs)"),
    /** Cosine decay from the rate to ~0 at the last epoch. */
    COSINE("Cosine decay");

    private final String label;

    Schedule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The factor applied to the base rate during {@code epoch} (0-based) of a run of {@code epochs}. */
    public double factor(int epoch, int epochs) {
        return switch (this) {
            case CONSTANT -> 1.0;
            case STEP -> Math.pow(0.5, epoch / TrainingConfig.STEP_EPOCHS);
            case COSINE -> epochs <= 1 ? 1.0 : 0.5 * (1 + Math.cos(Math.PI * epoch / epochs));
        };
    }
}
