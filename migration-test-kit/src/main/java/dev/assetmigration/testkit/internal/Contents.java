package dev.assetmigration.testkit.internal;

import dev.assetmigration.error.ProviderException;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.Content;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reading and digesting resource content: the one place the kit touches content bytes. */
public final class Contents {

    private static final int BUFFER = 64 * 1024;

    private Contents() {
    }

    /**
     * The size and SHA-256 of content, read once as a stream.
     *
     * @param size the number of bytes actually read
     * @param sha256 the lower-case hex digest
     */
    public record Digest(long size, String sha256) {
        /** Returns {@code size bytes, sha256 abcd…}. */
        @Override
        public String toString() {
            return size + " bytes, sha256 " + sha256;
        }
    }

    /**
     * Reads content fully into memory, checking that it yields exactly its declared size.
     *
     * @param content the content
     * @param owner the resource it belongs to, for messages
     * @return the bytes
     * @throws ProviderException if the content cannot be read, is larger than an array can hold,
     *     or yields another number of bytes than it declares
     */
    public static byte[] readAll(Content content, AssetRef owner) {
        long declared = content.size();
        if (declared > Integer.MAX_VALUE - 8) {
            throw new ProviderException(owner, "Resource " + owner + " has " + declared
                    + " bytes, more than an in-memory workspace can hold; use a file-backed workspace.", null);
        }
        try (InputStream in = content.open()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) declared);
            in.transferTo(out);
            byte[] bytes = out.toByteArray();
            if (bytes.length != declared) {
                throw new ProviderException(owner, "Resource " + owner + " declares " + declared
                        + " bytes but its content yielded " + bytes.length
                        + "; fix Content.size() or the stream behind it.", null);
            }
            return bytes;
        } catch (IOException e) {
            throw new ProviderException(owner, "Cannot read the content of resource " + owner + ": " + e.getMessage()
                    + "; check the stream the Content opens.", e);
        }
    }

    /**
     * Streams content through SHA-256 without holding it.
     *
     * @param content the content
     * @return the number of bytes read and their digest
     * @throws java.io.UncheckedIOException if the content cannot be read
     */
    public static Digest digest(Content content) {
        MessageDigest sha = sha256();
        long count = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = content.open()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
                count += n;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read content " + content, e);
        }
        return new Digest(count, HexFormat.of().formatHex(sha.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
