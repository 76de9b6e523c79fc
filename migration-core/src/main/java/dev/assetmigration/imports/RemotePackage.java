package dev.assetmigration.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Objects;

/**
 * A package in remote object storage. The library never talks to a cloud itself: the host
 * supplies an {@link Opener} for the URI. Under governance the edition's rule for remote
 * packages is checked against {@code sizeBytes} before the opener is called, and the download is
 * cut off if it yields more bytes than declared.
 *
 * @param uri where the package is, for example {@code oss://bucket/exports/sales.zip}
 * @param sizeBytes the object's size as the storage reports it
 * @param opener opens a stream over the object
 */
public record RemotePackage(URI uri, long sizeBytes, Opener opener) {

    /**
     * Checks the arguments.
     *
     * @throws IllegalArgumentException if the size is negative
     */
    public RemotePackage {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(opener, "opener");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("remote package " + uri + " has a negative size: " + sizeBytes);
        }
    }

    /** Opens a stream over a remote object; implemented by the host with its storage client. */
    @FunctionalInterface
    public interface Opener {
        /**
         * Opens the object.
         *
         * @param uri the object's address
         * @return a stream over its bytes; the caller closes it
         * @throws IOException if it cannot be opened
         */
        InputStream open(URI uri) throws IOException;
    }
}
