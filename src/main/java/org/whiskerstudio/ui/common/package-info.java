/**
 * What the screens share: the screen contract, the notifier, background tasks with one failure form and throttled
 * progress, the project-opened verb; and small JavaFX helpers (icons, dialogs, thumbnails, sample grids).
 */
package org.whiskerstudio.ui.common;
