package dev.assetmigration;

/**
 * Receives {@link ProgressEvent}s of a long operation. Called on the operation's thread: keep
 * it quick. An exception thrown by a listener aborts the operation.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every event. */
    ProgressListener NONE = event -> { };

    /**
     * Receives one event.
     *
     * @param event the event
     */
    void onEvent(ProgressEvent event);
}
