package org.whiskerstudio.ui.training;

import org.whiskerstudio.architecture.ModelKind;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ImageQuery;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.project.sequences.MediaKind;

/**
 * What a project holds for each kind of model to learn from, counted once for the Train screen's readiness.
 *
 * @param texts            texts, labelled or not (a character model reads them all)
 * @param labelledImages   pictures with a class (what a GAN learns to draw)
 * @param labelledExamples images, series or texts with a class (what a classifier sorts)
 */
record ExampleCounts(int texts, int labelledImages, int labelledExamples) {
    static ExampleCounts of(ProjectStore store) {
        int texts = 0;
        int images = 0;
        int examples = 0;
        for (ImageAsset a : store.images(ImageQuery.ALL)) {
            MediaKind kind = MediaKind.of(a.format());
            boolean labelled = !a.classIds().isEmpty();
            texts += kind == MediaKind.TEXT ? 1 : 0;
            images += kind == MediaKind.IMAGE && labelled ? 1 : 0;
            examples += labelled ? 1 : 0;
        }
        return new ExampleCounts(texts, images, examples);
    }

    boolean has(ModelKind kind) {
        return switch (kind) {
            case CHARACTER_MODEL -> texts > 0;
            case GAN -> labelledImages > 0;
            case CLASSIFIER -> labelledExamples > 0;
            case AUTOENCODER -> labelledExamples > 0;
            case DETECTOR -> labelledImages > 0;
            // An agent's experience comes from its environment, not from the project's examples.
            case AGENT -> true;
        };
    }

    /** The empty Train screen's sentence when the project has nothing a model of this kind learns from. */
    static String missing(ModelKind kind) {
        return switch (kind) {
            case CHARACTER_MODEL -> "No texts yet. A character model learns to write like the project's texts: import "
                    + ".txt files on the Data screen (Ctrl+1); they need no labels.";
            case GAN -> "No labelled images yet. A GAN learns to draw the images of a class: label some images on the "
                    + "Label screen first (Ctrl+2).";
            case CLASSIFIER -> "No labelled examples yet. Label images, series or texts on the Label screen first "
                    + "(Ctrl+2): a classifier learns from them.";
            case AUTOENCODER -> "No labelled examples yet. An autoencoder learns what normal examples look like: label "
                    + "the normal ones on the Label screen first (Ctrl+2), so the others can be told from them.";
            case DETECTOR -> "No boxes yet. A detector learns from boxes drawn around objects: draw them on the Label "
                    + "screen first (Ctrl+2).";
            case AGENT -> "An agent needs no examples: it learns by acting in its environment.";
        };
    }
}
