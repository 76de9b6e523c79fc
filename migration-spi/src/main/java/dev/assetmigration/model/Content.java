package dev.assetmigration.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes of a resource, read as a stream so that a large file is never held whole in memory.
 *
 * <p>A content can be opened any number of times; each {@link #open()} returns a fresh stream
 * positioned at the first byte that the caller must close. Implementations are immutable and
 * thread-safe. Two contents are {@linkplain Object#equals(Object) equal} only if their
 * implementation can tell cheaply (byte arrays compare by value, paths by path); compare bytes
 * with a digest otherwise.
 */
public interface Content {

    /**
     * Returns the exact number of bytes {@link #open()} yields.
     *
     * @return the size in bytes, zero or more
     */
    long size();

    /**
     * Opens a new stream over the bytes.
     *
     * @return a stream that yields exactly {@link #size()} bytes; the caller closes it
     * @throws IOException if the bytes cannot be read
     */
    InputStream open() throws IOException;

    /**
     * Content held in memory; meant for small files and tests. The array is copied.
     *
     * @param bytes the bytes
     * @return the content
     */
    static Content ofBytes(byte[] bytes) {
        return new BytesContent(bytes.clone());
    }

    /**
     * Content of a file, read when opened. The size is taken now.
     *
     * @param path the file
     * @return the content
     * @throws java.io.UncheckedIOException if the file's size cannot be read
     */
    static Content ofPath(Path path) {
        try {
            return new PathContent(path, Files.size(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read size of " + path, e);
        }
    }

    /**
     * Content produced by an opener, for providers that stream from elsewhere (a database blob,
     * an object store, a zip entry).
     *
     * @param size the exact number of bytes the opener's streams yield
     * @param opener opens a new stream each call
     * @return the content
     */
    static Content of(long size, Opener opener) {
        if (size < 0) {
            throw new IllegalArgumentException("content size must not be negative: " + size);
        }
        return new OpenerContent(size, Objects.requireNonNull(opener, "opener"));
    }

    /** Opens a new stream over some bytes. */
    @FunctionalInterface
    interface Opener {
        /**
         * Opens a new stream.
         *
         * @return the stream; the caller closes it
         * @throws IOException if it cannot be opened
         */
        InputStream open() throws IOException;
    }
}

/** In-memory bytes; equal by value. */
final class BytesContent implements Content {
    private final byte[] bytes;

    BytesContent(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BytesContent that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Content[" + bytes.length + " bytes in memory]";
    }
}

/** A file; equal by path and size. */
record PathContent(Path path, long size) implements Content {
    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    @Override
    public String toString() {
        return "Content[" + size + " bytes in " + path + "]";
    }
}

/** Streams from a provider-supplied opener; equal by identity of the opener. */
record OpenerContent(long size, Content.Opener opener) implements Content {
    @Override
    public InputStream open() throws IOException {
        return opener.open();
    }

    @Override
    public String toString() {
        return "Content[" + size + " bytes]";
    }
}
