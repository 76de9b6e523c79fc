package dev.assetmigration.pkg;

/**
 * The bounds a {@link PackageReader} enforces, so that a hostile or broken package cannot
 * exhaust disk, memory or time. Every limit is checked from what is actually read: declared
 * sizes in the zip serve only for early rejection, inflated bytes are counted as they come.
 *
 * @param maxPackageBytes the largest package file (or spooled stream) accepted
 * @param maxEntries the most zip entries accepted
 * @param maxTotalUncompressedBytes the most bytes all entries may inflate to together
 * @param maxCompressionRatio the largest ratio of inflated to compressed bytes of one entry,
 *     checked once an entry has inflated more than {@code ratioThresholdBytes}
 * @param ratioThresholdBytes below this many inflated bytes the ratio is not checked (small,
 *     repetitive files compress well and are harmless)
 * @param maxManifestBytes the largest {@code manifest.json} accepted
 */
public record ReadLimits(
        long maxPackageBytes,
        long maxEntries,
        long maxTotalUncompressedBytes,
        long maxCompressionRatio,
        long ratioThresholdBytes,
        long maxManifestBytes) {

    private static final long MIB = 1024L * 1024;
    private static final long GIB = 1024L * MIB;

    /**
     * Creates limits.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public ReadLimits {
        positive("maxPackageBytes", maxPackageBytes);
        positive("maxEntries", maxEntries);
        positive("maxTotalUncompressedBytes", maxTotalUncompressedBytes);
        positive("maxCompressionRatio", maxCompressionRatio);
        positive("ratioThresholdBytes", ratioThresholdBytes);
        positive("maxManifestBytes", maxManifestBytes);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    /**
     * The defaults: 8 GiB package, 1,000,000 entries, 32 GiB uncompressed, ratio 100 checked
     * above 1 MiB, 256 MiB manifest.
     *
     * @return the default limits
     */
    public static ReadLimits defaults() {
        return new ReadLimits(8 * GIB, 1_000_000, 32 * GIB, 100, MIB, 256 * MIB);
    }

    /**
     * Returns a copy with another package size limit.
     *
     * @param bytes the limit
     * @return the copy
     */
    public ReadLimits withMaxPackageBytes(long bytes) {
        return new ReadLimits(bytes, maxEntries, maxTotalUncompressedBytes, maxCompressionRatio, ratioThresholdBytes, maxManifestBytes);
    }

    /**
     * Returns a copy with another entry count limit.
     *
     * @param entries the limit
     * @return the copy
     */
    public ReadLimits withMaxEntries(long entries) {
        return new ReadLimits(maxPackageBytes, entries, maxTotalUncompressedBytes, maxCompressionRatio, ratioThresholdBytes, maxManifestBytes);
    }

    /**
     * Returns a copy with another total uncompressed size limit.
     *
     * @param bytes the limit
     * @return the copy
     */
    public ReadLimits withMaxTotalUncompressedBytes(long bytes) {
        return new ReadLimits(maxPackageBytes, maxEntries, bytes, maxCompressionRatio, ratioThresholdBytes, maxManifestBytes);
    }

    /**
     * Returns a copy with another compression ratio limit and threshold.
     *
     * @param ratio the largest inflated-to-compressed ratio
     * @param thresholdBytes inflated bytes below which the ratio is not checked
     * @return the copy
     */
    public ReadLimits withMaxCompressionRatio(long ratio, long thresholdBytes) {
        return new ReadLimits(maxPackageBytes, maxEntries, maxTotalUncompressedBytes, ratio, thresholdBytes, maxManifestBytes);
    }

    /**
     * Returns a copy with another manifest size limit.
     *
     * @param bytes the limit
     * @return the copy
     */
    public ReadLimits withMaxManifestBytes(long bytes) {
        return new ReadLimits(maxPackageBytes, maxEntries, maxTotalUncompressedBytes, maxCompressionRatio, ratioThresholdBytes, bytes);
    }
}
