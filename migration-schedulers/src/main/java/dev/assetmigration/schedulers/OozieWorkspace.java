package dev.assetmigration.schedulers;

import dev.assetmigration.schedulers.internal.OozieReader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A read-only workspace over an Oozie application: a directory (or zip of one) with {@code workflow.xml}, optionally
 * {@code coordinator.xml}, {@code job.properties}, {@code lib/} and local sub-workflow directories.
 *
 * <pre>{@code
 * OozieWorkspace ws = OozieWorkspace.read(Path.of("apps/daily-etl"));
 * ws.report().items(ConversionReport.Outcome.UNSUPPORTED).forEach(System.out::println);
 * try (Stream<Asset> tasks = ws.assets(AssetQuery.all())) {
 *     tasks.forEach(task -> System.out.println(task.meta().path()));
 * }
 * }</pre>
 *
 * <p>The mapping from source elements to assets is documented in {@code docs/schedulers.md}.
 * Reading is all-or-nothing: a bad source throws a {@link SchedulerSourceException} naming the
 * file, element and line, and no workspace is returned.
 */
public final class OozieWorkspace extends SchedulerWorkspace {

    private OozieWorkspace(Path source, ConversionOptions options) {
        super(OozieReader.read(source, options));
    }

    /**
     * Reads a source with the default options.
     *
     * @param source the application directory, or a zip of it
     * @return the workspace
     * @throws SchedulerSourceException if the source is malformed, references something missing,
     *     has a cycle or an unknown version, or exceeds a limit
     */
    public static OozieWorkspace read(Path source) {
        return read(source, ConversionOptions.defaults());
    }

    /**
     * Reads a source.
     *
     * @param source the application directory, or a zip of it
     * @param options limits and defaults
     * @return the workspace
     * @throws SchedulerSourceException if the source is malformed, references something missing,
     *     has a cycle or an unknown version, or exceeds a limit
     */
    public static OozieWorkspace read(Path source, ConversionOptions options) {
        return new OozieWorkspace(Objects.requireNonNull(source, "source"), Objects.requireNonNull(options, "options"));
    }
}
