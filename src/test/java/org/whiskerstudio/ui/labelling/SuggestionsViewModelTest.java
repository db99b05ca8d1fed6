package org.whiskerstudio.ui.labelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whiskerstudio.common.TaskExecutor;
import org.whiskerstudio.labelling.AnnotationStore;
import org.whiskerstudio.labelling.LabelSource;
import org.whiskerstudio.labelling.LabelSources;
import org.whiskerstudio.labelling.LabellingFixture;
import org.whiskerstudio.project.ImageAsset;
import org.whiskerstudio.project.ProjectSession;
import org.whiskerstudio.project.ProjectStore;
import org.whiskerstudio.suggest.Suggestion;
import org.whiskerstudio.suggest.SuggestionFixture;
import org.whiskerstudio.suggest.SuggestionOrder;
import org.whiskerstudio.suggest.SuggestionService;
import org.whiskerstudio.suggest.SuggestionStore;
import org.whiskerstudio.suggest.SuggestionSummary;
import org.whiskerstudio.ui.common.Notifier;

/**
 * The suggestion queue through the Label screen's view model, without a toolkit or a model: suggestions stored
 * through the store (and a fake engine for a round), a real project on disk and a synchronous executor.
 */
class SuggestionsViewModelTest {
    private static final long RUN = 7;
    private static final List<String> CLASSES = List.of("cat", "dog");

    @TempDir
    Path temp;
    private ProjectStore store;
    private ProjectSession session;
    private LabelViewModel model;
    private SuggestionsViewModel suggestions;
    private List<Long> images;
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        store = LabellingFixture.projectWithImages(temp.resolve("project"), 4);
        store.ensureLabelClass("cat");
        store.ensureLabelClass("dog");
        images = List.of(LabellingFixture.imageId(store, 0), LabellingFixture.imageId(store, 1),
                LabellingFixture.imageId(store, 2), LabellingFixture.imageId(store, 3));
        // margins: 0.9, 0.1, 0.4, 0.7
        SuggestionFixture.store(store, RUN, CLASSES, images, List.of(new float[] {0.95f, 0.05f},
                new float[] {0.45f, 0.55f}, new float[] {0.7f, 0.3f}, new float[] {0.15f, 0.85f}));
        session = new ProjectSession(store);
        model = new LabelViewModel(TaskExecutor.direct(), Notifier.ofErrors((t, m) -> errors.add(t + ": " + m)),
                s -> Optional.of(fakeEngine()));
        model.projectOpened(Optional.of(session));
        suggestions = model.suggestions();
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Suggests "dog" at 0.6 for every example still unlabelled, as a run would. */
    private SuggestionService fakeEngine() {
        return (project, runId, progress, cancellation) -> {
            List<Long> free = new ArrayList<>(images.stream().filter(id -> new AnnotationStore(project).ofImage(id)
                    .isEmpty()).toList());
            new SuggestionStore(project).replaceAll(free.stream().map(id -> Suggestion.of(id,
                    runId, CLASSES, new float[] {0.4f, 0.6f}, Instant.EPOCH)).toList());
            return Optional.of(new SuggestionService.Outcome(new SuggestionSummary(runId, free.size(),
                    Map.of("dog", free.size()), 0), List.of()));
        };
    }

    private List<Long> walked() {
        return model.images().stream().map(ImageAsset::id).toList();
    }

    private LabelSource sourceOf(long imageId) {
        AnnotationStore annotations = new AnnotationStore(store);
        return new LabelSources(store).of(annotations.ofImage(imageId).get(0).id()).orElseThrow();
    }

    @Test
    void theQueueWalksTheSuggestedExamplesInEachOfItsOrders() {
        suggestions.queueProperty().set(true);
        assertEquals(List.of(images.get(1), images.get(2), images.get(3), images.get(0)), walked(), "least certain");
        suggestions.queueOrderProperty().set(SuggestionOrder.CERTAIN);
        assertEquals(List.of(images.get(0), images.get(3), images.get(2), images.get(1)), walked(), "most certain");
        suggestions.queueOrderProperty().set(SuggestionOrder.CLASS);
        assertEquals(List.of(images.get(0), images.get(2), images.get(3), images.get(1)), walked(), "cat, then dog");
        assertEquals(4, suggestions.suggestionsLeftProperty().get());
        suggestions.queueProperty().set(false);
        assertEquals(images, walked(), "every image again");
    }

    @Test
    void theExampleShownCarriesItsSuggestionUntilItHasALabel() {
        assertEquals("cat", suggestions.shownSuggestionProperty().get().orElseThrow().className());
        model.autoAdvanceProperty().set(false);
        model.classKey(2);
        assertTrue(suggestions.shownSuggestionProperty().get().isEmpty());
    }

    @Test
    void enterAcceptsTheSuggestionShownMarksItSuggestedAndMovesOn() {
        suggestions.queueProperty().set(true);
        suggestions.acceptSuggestion();
        assertEquals(new LabelSource.Suggested(RUN, 0.55f), sourceOf(images.get(1)));
        assertEquals(images.get(2), model.currentProperty().get().orElseThrow().id(), "the next in the queue");
        assertEquals("cat", suggestions.shownSuggestionProperty().get().orElseThrow().className());
        assertEquals(3, suggestions.suggestionsLeftProperty().get());
        assertEquals("Undo Accept suggestion", model.undoTextProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void aKeyOverridesTheSuggestionWithATypedLabel() {
        suggestions.queueProperty().set(true);
        model.classKey(1);
        assertEquals(new LabelSource.Typed(), sourceOf(images.get(1)));
        assertEquals(store.labelClasses().get(0).id(), new AnnotationStore(store).ofImage(images.get(1)).get(0).classId());
    }

    @Test
    void shiftEnterAcceptsTheQueueAtOrAboveTheThresholdAsOneUndoableStep() {
        suggestions.queueProperty().set(true);
        suggestions.acceptThresholdProperty().set(0.8);
        suggestions.acceptSuggestionsAbove();
        assertEquals("Accepted 2 suggestions at or above 80% (Ctrl+Z takes them all back).",
                model.statusProperty().get());
        assertEquals(new LabelSource.Suggested(RUN, 0.95f), sourceOf(images.get(0)));
        assertEquals(new LabelSource.Suggested(RUN, 0.85f), sourceOf(images.get(3)));
        assertTrue(new AnnotationStore(store).ofImage(images.get(2)).isEmpty(), "0.7 is below the threshold");
        assertEquals(2, suggestions.suggestionsLeftProperty().get());
        assertEquals(ImageStatus.LABELLED, model.statusOf(model.images().get(3)), "the list shows them labelled");

        model.undo();
        assertEquals(0, new AnnotationStore(store).progress().labelled(), "one undo takes both back");
        assertEquals(4, suggestions.suggestionsLeftProperty().get());
        assertEquals(ImageStatus.UNLABELLED, model.statusOf(model.images().get(3)));
        model.redo();
        assertEquals(new LabelSource.Suggested(RUN, 0.85f), sourceOf(images.get(3)));
        assertEquals(List.of(), errors);
    }

    @Test
    void shiftEnterWithNothingAtOrAboveTheThresholdSaysSo() {
        suggestions.queueProperty().set(true);
        suggestions.acceptThresholdProperty().set(0.99);
        suggestions.acceptSuggestionsAbove();
        assertEquals("No suggestion left at or above 99%.", model.statusProperty().get());
        assertEquals("", model.undoTextProperty().get());
    }

    @Test
    void shiftEnterOutsideTheQueueAcceptsNothing() {
        suggestions.acceptSuggestionsAbove();
        assertTrue(model.statusProperty().get().startsWith("Open the suggestion queue first"));
        assertEquals(0, new AnnotationStore(store).progress().labelled());
    }

    @Test
    void aRoundOfSuggestingReplacesTheSuggestionsAndOpensTheQueueLeastCertainFirst() {
        model.autoAdvanceProperty().set(false);
        model.classKey(1);
        suggestions.suggest(new SuggestRound.RunOption(RUN, "r"));
        assertTrue(suggestions.queueProperty().get());
        assertEquals(SuggestionOrder.UNCERTAIN, suggestions.queueOrderProperty().get());
        assertEquals(3, suggestions.suggestionsLeftProperty().get());
        assertEquals("Run 7 suggested labels for 3 examples; 0 uncertain.", suggestions.suggestMessageProperty().get());
        assertEquals("dog", suggestions.shownSuggestionProperty().get().orElseThrow().className());
        assertEquals(List.of(), errors);
    }
}
