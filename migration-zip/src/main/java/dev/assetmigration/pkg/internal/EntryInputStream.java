package dev.assetmigration.pkg.internal;

import dev.assetmigration.pkg.ChecksumMismatchException;
import dev.assetmigration.pkg.CorruptPackageException;
import dev.assetmigration.pkg.PackageEntry;
import dev.assetmigration.pkg.PackageLimitException;
import dev.assetmigration.pkg.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads one inflating zip entry while counting and hashing what really comes out, never what
 * the zip declares. It stops as soon as the entry inflates past the size the manifest records
 * (or past a limit), and at the end checks size and SHA-256. Every failure is thrown as a
 * {@link dev.assetmigration.pkg.PackageException} from {@code read}.
 */
public final class EntryInputStream extends InputStream {

    private final InputStream in;
    private final String entryName;
    private final long compressedSize;
    private final ReadLimits limits;
    private final @Nullable PackageEntry expected;
    private final long maxBytes;
    private final PackageLimitException.Limit maxKind;
    private final MessageDigest digest = Digests.sha256();
    private long count;
    private byte @Nullable [] result;

    /**
     * Wraps an entry that the manifest lists: checked against its size and SHA-256.
     *
     * @param in the inflating stream of the entry
     * @param expected the manifest's record of the entry
     * @param compressedSize the entry's compressed size in the zip (bounds what can be read)
     * @param limits the ratio limit to apply
     */
    public EntryInputStream(InputStream in, PackageEntry expected, long compressedSize, ReadLimits limits) {
        this(in, expected.path(), expected, expected.size(), PackageLimitException.Limit.TOTAL_UNCOMPRESSED_BYTES,
                compressedSize, limits);
    }

    /**
     * Wraps an entry the manifest does not list (the manifest itself, the signature): bounded
     * by a maximum size instead of checked against a record.
     *
     * @param in the inflating stream of the entry
     * @param entryName the entry name
     * @param maxBytes the most bytes accepted
     * @param maxKind the limit reported when {@code maxBytes} is exceeded
     * @param compressedSize the entry's compressed size in the zip
     * @param limits the ratio limit to apply
     */
    public EntryInputStream(InputStream in, String entryName, long maxBytes, PackageLimitException.Limit maxKind,
            long compressedSize, ReadLimits limits) {
        this(in, entryName, null, maxBytes, maxKind, compressedSize, limits);
    }

    private EntryInputStream(InputStream in, String entryName, @Nullable PackageEntry expected, long maxBytes,
            PackageLimitException.Limit maxKind, long compressedSize, ReadLimits limits) {
        this.in = in;
        this.entryName = entryName;
        this.expected = expected;
        this.maxBytes = maxBytes;
        this.maxKind = maxKind;
        this.compressedSize = Math.max(1, compressedSize);
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (result != null) {
            return -1;
        }
        // Never ask for more than one byte beyond what may legally come.
        int ask = (int) Math.min(length, maxBytes - count + 1);
        int n;
        try {
            n = in.read(buffer, offset, ask);
        } catch (IOException e) {
            throw new CorruptPackageException(CorruptPackageException.Kind.DAMAGED, entryName, "Package entry '"
                    + entryName + "' cannot be inflated (" + e.getMessage() + "); the package is damaged, copy or export it again.", e);
        }
        if (n < 0) {
            finish();
            return -1;
        }
        count += n;
        if (count > maxBytes) {
            if (expected != null) {
                throw new ChecksumMismatchException(entryName, ChecksumMismatchException.Kind.SIZE,
                        String.valueOf(expected.size()), "more than " + expected.size());
            }
            throw new PackageLimitException(maxKind, maxBytes, count, entryName);
        }
        if (count > limits.ratioThresholdBytes() && count > limits.maxCompressionRatio() * compressedSize) {
            throw new PackageLimitException(PackageLimitException.Limit.COMPRESSION_RATIO, limits.maxCompressionRatio(),
                    count / compressedSize, entryName);
        }
        digest.update(buffer, offset, n);
        return n;
    }

    private void finish() {
        result = digest.digest();
        if (expected != null) {
            if (count != expected.size()) {
                throw new ChecksumMismatchException(entryName, ChecksumMismatchException.Kind.SIZE,
                        String.valueOf(expected.size()), String.valueOf(count));
            }
            String actual = Digests.hex(result);
            if (!actual.equals(expected.sha256())) {
                throw new ChecksumMismatchException(entryName, ChecksumMismatchException.Kind.SHA256, expected.sha256(), actual);
            }
        }
    }

    /**
     * Returns the SHA-256 of everything read, once the end was reached.
     *
     * @return the digest
     * @throws IllegalStateException before the end
     */
    public byte[] sha256() {
        if (result == null) {
            throw new IllegalStateException("entry '" + entryName + "' has not been read to its end");
        }
        return Arrays.copyOf(result, result.length);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
