package dev.assetmigration.workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * Who holds a directory workspace's lock, as written into its lock file.
 *
 * @param pid the process id of the holder
 * @param host the host name of the holder
 * @param since when the lock was taken
 * @param operation what the holder does, for example {@code import}
 */
public record LockHolder(long pid, String host, Instant since, String operation) {

    /**
     * Creates the description.
     *
     * @throws NullPointerException if an argument is null
     */
    public LockHolder {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(operation, "operation");
    }

    /** Returns {@code operation by pid P on host H since T}. */
    @Override
    public String toString() {
        return operation + " by pid " + pid + " on host " + host + " since " + since;
    }
}
