package dev.assetmigration.schedulers;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Limits and defaults of a conversion. The limits keep a conversion bounded whatever the source:
 * a source that exceeds one fails with {@link SourceLimitException} before anything is
 * converted.
 *
 * <pre>{@code
 * ConversionOptions options = ConversionOptions.defaults()
 *         .withDefaultTimezone(ZoneId.of("Asia/Shanghai"))
 *         .withMaxNodes(50_000);
 * }</pre>
 *
 * @param maxFileBytes the largest single file that is read as text (XML, YAML, JSON, scripts)
 * @param maxTotalBytes the largest total uncompressed size of a source directory or archive
 * @param maxFiles the most files a source directory or archive may hold
 * @param maxNodes the most jobs, actions or tasks one conversion may produce
 * @param maxNesting the deepest nesting of sub-workflows (Oozie) or embedded flows (Azkaban)
 * @param defaultTimezone the zone used for schedules whose source names none (Azkaban Flow 2.0
 *     triggers; Airflow DAGs without a timezone)
 */
public record ConversionOptions(
        long maxFileBytes, long maxTotalBytes, int maxFiles, int maxNodes, int maxNesting, ZoneId defaultTimezone) {

    private static final ConversionOptions DEFAULTS =
            new ConversionOptions(10L << 20, 1L << 30, 50_000, 200_000, 16, ZoneOffset.UTC);

    /**
     * Creates options.
     *
     * @throws IllegalArgumentException if a limit is not positive
     * @throws NullPointerException if {@code defaultTimezone} is null
     */
    public ConversionOptions {
        Objects.requireNonNull(defaultTimezone, "defaultTimezone");
        if (maxFileBytes <= 0 || maxTotalBytes <= 0 || maxFiles <= 0 || maxNodes <= 0 || maxNesting <= 0) {
            throw new IllegalArgumentException("conversion limits must be positive");
        }
    }

    /**
     * The defaults: 10 MiB per file (the most code a task may hold), 1 GiB per source, 50,000
     * files, 200,000 nodes, nesting 16, UTC.
     *
     * @return the default options
     */
    public static ConversionOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another per-file limit.
     *
     * @param bytes the largest file read as text
     * @return the copy
     */
    public ConversionOptions withMaxFileBytes(long bytes) {
        return new ConversionOptions(bytes, maxTotalBytes, maxFiles, maxNodes, maxNesting, defaultTimezone);
    }

    /**
     * Returns a copy with another total-size limit.
     *
     * @param bytes the largest total uncompressed size
     * @return the copy
     */
    public ConversionOptions withMaxTotalBytes(long bytes) {
        return new ConversionOptions(maxFileBytes, bytes, maxFiles, maxNodes, maxNesting, defaultTimezone);
    }

    /**
     * Returns a copy with another file-count limit.
     *
     * @param files the most files
     * @return the copy
     */
    public ConversionOptions withMaxFiles(int files) {
        return new ConversionOptions(maxFileBytes, maxTotalBytes, files, maxNodes, maxNesting, defaultTimezone);
    }

    /**
     * Returns a copy with another node-count limit.
     *
     * @param nodes the most jobs, actions or tasks
     * @return the copy
     */
    public ConversionOptions withMaxNodes(int nodes) {
        return new ConversionOptions(maxFileBytes, maxTotalBytes, maxFiles, nodes, maxNesting, defaultTimezone);
    }

    /**
     * Returns a copy with another nesting limit.
     *
     * @param depth the deepest nesting of sub-workflows or embedded flows
     * @return the copy
     */
    public ConversionOptions withMaxNesting(int depth) {
        return new ConversionOptions(maxFileBytes, maxTotalBytes, maxFiles, maxNodes, depth, defaultTimezone);
    }

    /**
     * Returns a copy with another default timezone.
     *
     * @param zone the zone for schedules that name none
     * @return the copy
     */
    public ConversionOptions withDefaultTimezone(ZoneId zone) {
        return new ConversionOptions(maxFileBytes, maxTotalBytes, maxFiles, maxNodes, maxNesting, zone);
    }
}
