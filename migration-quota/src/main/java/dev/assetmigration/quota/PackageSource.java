package dev.assetmigration.quota;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an import package comes from, with its size, as the edition rules see it. The quota
 * module never opens the source: the caller states the size it knows (for a local file
 * {@code Files.size}, for a remote object the size the host's object-storage opener reports), so
 * that a package is refused before a byte of it is read or unpacked.
 */
public sealed interface PackageSource permits PackageSource.LocalFile, PackageSource.RemoteObject {

    /**
     * Describes a package in a local file.
     *
     * @param file the file
     * @param sizeBytes its size in bytes
     * @return the source
     */
    static PackageSource localFile(Path file, long sizeBytes) {
        return new LocalFile(Objects.requireNonNull(file, "file").toString(), sizeBytes);
    }

    /**
     * Describes a package held in remote object storage.
     *
     * @param uri the object's URI, for example {@code oss://bucket/exports/pkg.zip}
     * @param sizeBytes its size in bytes
     * @return the source
     */
    static PackageSource remoteObject(URI uri, long sizeBytes) {
        return new RemoteObject(uri, sizeBytes);
    }

    /**
     * Returns the package's size.
     *
     * @return the size in bytes, zero or more
     */
    long sizeBytes();

    /**
     * Returns a description that is safe to show in messages and logs, for example
     * {@code local file 'exports/pkg.zip'}.
     *
     * @return the description
     */
    String displayName();

    /**
     * A package in a local file (uploaded by the user or written by an export).
     *
     * @param name the file's name or path, as shown in messages
     * @param sizeBytes the size in bytes, zero or more
     */
    record LocalFile(String name, long sizeBytes) implements PackageSource {

        /**
         * Creates the source.
         *
         * @throws NullPointerException if {@code name} is null
         * @throws IllegalArgumentException if {@code sizeBytes} is negative
         */
        public LocalFile {
            Objects.requireNonNull(name, "name");
            requireSize(sizeBytes);
        }

        @Override
        public String displayName() {
            return "local file '" + name + "'";
        }

        /** Returns the display name and the size. */
        @Override
        public String toString() {
            return displayName() + " (" + sizeBytes + " bytes)";
        }
    }

    /**
     * A package held in remote object storage (OSS, S3 and the like) that the host opens.
     *
     * <p>The URI may carry credentials (user info, a pre-signed query string); {@link
     * #displayName()} and {@link #toString()} leave them out.
     *
     * @param uri the object's absolute, hierarchical URI
     * @param sizeBytes the size in bytes, zero or more
     */
    record RemoteObject(URI uri, long sizeBytes) implements PackageSource {

        /**
         * Creates the source.
         *
         * @throws NullPointerException if {@code uri} is null
         * @throws IllegalArgumentException if {@code uri} is not absolute and hierarchical (like
         *     {@code oss://bucket/key}) or {@code sizeBytes} is negative
         */
        public RemoteObject {
            Objects.requireNonNull(uri, "uri");
            if (!uri.isAbsolute() || uri.isOpaque()) {
                throw new IllegalArgumentException(
                        "A remote package needs an absolute, hierarchical URI such as oss://bucket/key;"
                                + " a relative or opaque URI was given");
            }
            requireSize(sizeBytes);
        }

        @Override
        public String displayName() {
            String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
            String host = authority.substring(authority.indexOf('@') + 1);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            return "object '" + uri.getScheme() + "://" + host + path + "'";
        }

        /** Returns the display name (without credentials) and the size. */
        @Override
        public String toString() {
            return displayName() + " (" + sizeBytes + " bytes)";
        }
    }

    private static void requireSize(long sizeBytes) {
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("A package size must be zero or more, got " + sizeBytes);
        }
    }
}
