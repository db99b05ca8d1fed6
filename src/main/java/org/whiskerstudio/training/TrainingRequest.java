package org.whiskerstudio.training;

/**
 * Start a new run of the named architecture of the project; {@code runName} empty means "name it for me".
 *
 * @param gan what a GAN architecture learns (ignored for a classifier)
 */
public record TrainingRequest(String architectureName, TrainingConfig config, String runName, GanSettings gan) {
    public TrainingRequest(String architectureName, TrainingConfig config, String runName) {
        this(architectureName, config, runName, GanSettings.defaults());
    }
}
