package dev.assetmigration.workspace;

import dev.assetmigration.error.MigrationException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A directory workspace is locked by another import (in this or another process), so this one
 * cannot start. Code {@code AM-DIR-001}. Nothing was written.
 */
public final class WorkspaceLockedException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final Path workspace;
    private final transient @Nullable LockHolder holder;

    /**
     * Creates the exception.
     *
     * @param workspace the workspace directory
     * @param holder who holds the lock, if the lock file says
     */
    public WorkspaceLockedException(Path workspace, @Nullable LockHolder holder) {
        super("AM-DIR-001", "Directory workspace " + workspace + " is locked by "
                + (holder == null ? "another operation that has not yet recorded who it is" : holder)
                + "; wait for it to finish and try again (a crashed holder's lock is released by the operating"
                + " system, and its unfinished import is rolled back when the workspace is next opened).");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.holder = holder;
    }

    /**
     * Returns the locked workspace's directory.
     *
     * @return the directory
     */
    public Path workspace() {
        return workspace;
    }

    /**
     * Returns who holds the lock.
     *
     * @return the holder, or empty if it has not yet written its name into the lock file
     */
    public Optional<LockHolder> holder() {
        return Optional.ofNullable(holder);
    }
}
