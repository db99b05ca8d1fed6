package org.whiskerstudio.ui.common;

import java.util.function.Consumer;
import javafx.scene.image.ImageView;
import org.controlsfx.control.GridCell;

/**
 * A grid cell that shows a thumbnail loaded lazily by a {@link ThumbnailLoader}; subclasses lay out the rest of
 * the cell and fill it in {@link #show}.
 */
public abstract class ThumbnailGridCell<T> extends GridCell<T> {
    private final ImageView view = new ImageView();
    /** The item this cell shows now; read by worker threads to drop requests for items scrolled away. */
    private volatile T wanted;

    /** The thumbnail's view, for the subclass to size and place. */
    protected final ImageView imageView() {
        return view;
    }

    @Override
    protected final void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        wanted = empty ? null : item;
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        view.setImage(null);
        show(item);
    }

    /** Fills the cell for a (non-empty) item; the thumbnail was cleared and is loaded by {@link #loadThumbnail}. */
    protected abstract void show(T item);

    /** Loads {@code item}'s thumbnail from {@code source}; {@code onFailure} runs only while the cell still shows it. */
    protected final <S> void loadThumbnail(ThumbnailLoader<S> loader, S source, T item, Consumer<String> onFailure) {
        loader.request(source, () -> item.equals(wanted), image -> {
            if (item.equals(getItem())) {
                view.setImage(image);
            }
        }, reason -> {
            if (item.equals(getItem())) {
                onFailure.accept(reason);
            }
        });
    }
}
