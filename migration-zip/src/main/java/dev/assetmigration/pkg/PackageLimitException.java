package dev.assetmigration.pkg;

import org.jspecify.annotations.Nullable;

/**
 * A package exceeds one of the {@link ReadLimits}. Raised as soon as the limit is crossed: a zip
 * bomb is stopped while it inflates, never inflated fully. Code {@code AM-ZIP-006}.
 */
public final class PackageLimitException extends PackageException {

    private static final long serialVersionUID = 1L;

    /** The limit that was exceeded. */
    public enum Limit {
        /** {@link ReadLimits#maxPackageBytes()}. */
        PACKAGE_BYTES,
        /** {@link ReadLimits#maxEntries()}. */
        ENTRY_COUNT,
        /** {@link ReadLimits#maxTotalUncompressedBytes()}. */
        TOTAL_UNCOMPRESSED_BYTES,
        /** {@link ReadLimits#maxCompressionRatio()}. */
        COMPRESSION_RATIO,
        /** {@link ReadLimits#maxManifestBytes()}. */
        MANIFEST_BYTES,
        /** The fixed cap on one asset descriptor or one code file. */
        DESCRIPTOR_BYTES
    }

    private final Limit kind;
    private final long limit;
    private final long actual;

    /**
     * Creates the exception.
     *
     * @param kind which limit
     * @param limit the configured limit
     * @param actual the value reached when reading stopped (a lower bound of the real value)
     * @param entryName the entry concerned, or {@code null} for the whole package
     */
    public PackageLimitException(Limit kind, long limit, long actual, @Nullable String entryName) {
        super("AM-ZIP-006", entryName, (entryName == null ? "The package" : "Package entry '" + entryName + "'")
                + " exceeds the " + kind + " limit: " + actual + " > " + limit
                + ". Reading stopped. If the package is trusted and really this large, raise the limit in ReadLimits;"
                + " otherwise do not import it.", null);
        this.kind = kind;
        this.limit = limit;
        this.actual = actual;
    }

    /**
     * Returns which limit was exceeded.
     *
     * @return the limit kind
     */
    public Limit kind() {
        return kind;
    }

    /**
     * Returns the configured limit.
     *
     * @return the limit value (bytes, entries, or a ratio)
     */
    public long limit() {
        return limit;
    }

    /**
     * Returns the value reached when reading stopped; the true value may be larger.
     *
     * @return the actual value
     */
    public long actual() {
        return actual;
    }
}
