package org.whiskerstudio.architecture;

/** What a model learns from, the first choice when a new architecture is started: it decides which templates fit. */
public enum LearningCriterion {
    SUPERVISED("Classes from labels (supervised)",
            "Learns the classes you labelled, to label new examples the same way, or the boxes you drew around "
                    + "objects, to find them in new pictures."),
    UNSUPERVISED("Structure without labels (unsupervised)",
            "Learns what the examples look like without labels: autoencoders that flag anomalies, generators that draw "
                    + "new examples, character models that write like the texts."),
    REINFORCEMENT("Actions from rewards (reinforcement)",
            "Learns which actions earn rewards by acting in an environment, no data needed: an agent that balances a "
                    + "pole on a cart, or plays noughts & crosses.");

    private final String title;
    private final String explanation;

    LearningCriterion(String title, String explanation) {
        this.title = title;
        this.explanation = explanation;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }
}
