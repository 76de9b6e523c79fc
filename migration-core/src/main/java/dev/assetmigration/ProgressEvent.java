package dev.assetmigration;

import dev.assetmigration.model.AssetRef;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * What a long operation reports while it runs. Events of one operation arrive in order, on the
 * thread that runs the operation: one {@link Started}, then {@link AssetDone} per asset
 * interleaved with {@link BytesCopied} for large content, then one {@link Finished}.
 */
public sealed interface ProgressEvent {

    /**
     * The operation started.
     *
     * @param operation what runs, for example {@code export} or {@code import}
     * @param totalAssets how many assets it will process, when known in advance
     */
    record Started(String operation, OptionalLong totalAssets) implements ProgressEvent {
    }

    /**
     * One asset was processed.
     *
     * @param asset the asset
     * @param done how many assets are done so far, this one included
     */
    record AssetDone(AssetRef asset, long done) implements ProgressEvent {
    }

    /**
     * Bytes of a large content were copied.
     *
     * @param asset the asset whose content is being copied
     * @param copied bytes of this content copied so far
     * @param total the content's size
     */
    record BytesCopied(AssetRef asset, long copied, long total) implements ProgressEvent {
    }

    /**
     * The operation ended, successfully or not.
     *
     * @param assets how many assets were processed
     * @param elapsed how long it took
     * @param succeeded whether it succeeded
     */
    record Finished(long assets, Duration elapsed, boolean succeeded) implements ProgressEvent {
    }
}
