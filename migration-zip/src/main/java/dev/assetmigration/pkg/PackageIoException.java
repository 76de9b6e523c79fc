package dev.assetmigration.pkg;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reading or writing the package's bytes failed in the file system or the stream: the disk is
 * full, the stream was closed, a resource's content could not be opened. Code
 * {@code AM-ZIP-013}.
 */
public final class PackageIoException extends PackageException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param entryName the entry being read or written, or {@code null}
     * @param action what was being done, for example {@code "writing the package"}
     * @param cause the I/O failure
     */
    public PackageIoException(@Nullable String entryName, String action, IOException cause) {
        super("AM-ZIP-013", entryName, "I/O failure while " + action
                + (entryName == null ? "" : " (entry '" + entryName + "')") + ": " + cause.getMessage()
                + ". Check the file system or stream and try again.", cause);
    }
}
