package org.whiskerstudio.training;

/** Start a new run of the named architecture of the project; {@code runName} empty means "name it for me". */
public record TrainingRequest(String architectureName, TrainingConfig config, String runName) {
}
