package org.whiskerstudio.deploy;

/** One class and the model's probability for it. */
public record ClassScore(String name, double probability) {
}
