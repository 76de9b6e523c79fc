package dev.assetmigration.pkg;

import java.util.Objects;
import java.util.Optional;
import java.util.zip.Deflater;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link PackageWriter} writes.
 *
 * @param listener receives progress per asset and per buffer
 * @param signer signs the manifest, or {@code null} for an unsigned package
 * @param compressionLevel the deflate level, 0 (store-like) to 9, or -1 for the zlib default (6)
 * @param bufferSize the size of the copy buffer for resource bytes, 4 KiB to 4 MiB
 */
public record WriterOptions(WriteListener listener, @Nullable PackageSigner signer, int compressionLevel, int bufferSize) {

    /**
     * Creates options.
     *
     * @throws NullPointerException if {@code listener} is null
     * @throws IllegalArgumentException if the level or buffer size is out of range
     */
    public WriterOptions {
        Objects.requireNonNull(listener, "listener");
        if (compressionLevel < Deflater.DEFAULT_COMPRESSION || compressionLevel > Deflater.BEST_COMPRESSION) {
            throw new IllegalArgumentException("compressionLevel must be -1..9, was " + compressionLevel);
        }
        if (bufferSize < 4096 || bufferSize > 4 * 1024 * 1024) {
            throw new IllegalArgumentException("bufferSize must be 4 KiB..4 MiB, was " + bufferSize);
        }
    }

    /**
     * The defaults: no listener, unsigned, default deflate level, 64 KiB buffer.
     *
     * @return the defaults
     */
    public static WriterOptions defaults() {
        return new WriterOptions(WriteListener.NONE, null, Deflater.DEFAULT_COMPRESSION, 64 * 1024);
    }

    /**
     * Returns a copy with that listener.
     *
     * @param newListener the listener
     * @return the copy
     */
    public WriterOptions withListener(WriteListener newListener) {
        return new WriterOptions(newListener, signer, compressionLevel, bufferSize);
    }

    /**
     * Returns a copy that signs packages with that signer.
     *
     * @param newSigner the signer, or {@code null} for unsigned packages
     * @return the copy
     */
    public WriterOptions withSigner(@Nullable PackageSigner newSigner) {
        return new WriterOptions(listener, newSigner, compressionLevel, bufferSize);
    }

    /**
     * Returns a copy with that deflate level.
     *
     * @param level -1 for the default, or 0..9
     * @return the copy
     */
    public WriterOptions withCompressionLevel(int level) {
        return new WriterOptions(listener, signer, level, bufferSize);
    }

    /**
     * Returns a copy with that copy-buffer size.
     *
     * @param bytes the buffer size
     * @return the copy
     */
    public WriterOptions withBufferSize(int bytes) {
        return new WriterOptions(listener, signer, compressionLevel, bytes);
    }

    /**
     * Returns the signer, if packages are signed.
     *
     * @return the signer or empty
     */
    public Optional<PackageSigner> signerIfAny() {
        return Optional.ofNullable(signer);
    }
}
