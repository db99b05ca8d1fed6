package org.whiskerstudio.ui.rl;

import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.util.Duration;
import org.whiskerstudio.rl.EnvironmentView;

/**
 * One recorded episode played back on an {@link EnvironmentCanvas}, a frame every 20 ms: cart-pole's time step, so
 * the replay runs at the speed the physics does. The last frame stays up at the end.
 */
public final class EpisodeReplay {
    static final Duration FRAME = Duration.millis(20);
    private final EnvironmentCanvas canvas = new EnvironmentCanvas();
    private final Timeline timeline = new Timeline();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private List<EnvironmentView> frames = List.of();
    private int shown;

    public EpisodeReplay() {
        timeline.getKeyFrames().setAll(new KeyFrame(FRAME, e -> next()));
        timeline.setCycleCount(Animation.INDEFINITE);
        canvas.setId("episode-replay");
    }

    /** Plays {@code episode} from its first frame, stopping any replay going on. */
    public void play(List<EnvironmentView> episode) {
        timeline.stop();
        frames = List.copyOf(episode);
        shown = 0;
        if (frames.isEmpty()) {
            playing.set(false);
            return;
        }
        canvas.show(frames.get(0));
        playing.set(frames.size() > 1);
        if (frames.size() > 1) {
            timeline.playFromStart();
        }
    }

    public void stop() {
        timeline.stop();
        playing.set(false);
    }

    /** The frame on the canvas now (0 before any), for tests and a step counter. */
    public int shownFrame() {
        return shown;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public Node node() {
        return canvas;
    }

    private void next() {
        shown++;
        canvas.show(frames.get(shown));
        if (shown == frames.size() - 1) {
            stop();
        }
    }
}
