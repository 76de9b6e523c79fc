package dev.assetmigration.spi;

import java.time.Instant;
import java.util.stream.Stream;

/** The workspace remembers deletions, so incremental exports can carry them. */
public interface Tombstones extends WorkspaceCapability {

    /**
     * Streams the deletions that happened strictly after an instant, ordered by deletion time
     * and then by reference. An asset deleted, re-created and deleted again appears once, with
     * its latest deletion; an asset that exists again now does not appear.
     *
     * @param since the lower bound, exclusive
     * @return the tombstones; the caller closes the stream
     */
    Stream<Tombstone> deletedSince(Instant since);
}
