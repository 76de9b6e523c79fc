package dev.assetmigration.schedulers;

import dev.assetmigration.schedulers.internal.AzkabanReader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A read-only workspace over an Azkaban project: a directory or zip with legacy {@code .job} / {@code .properties}
 * files or Flow 2.0 {@code .project} / {@code .flow} YAML files, plus any other files as resources.
 *
 * <pre>{@code
 * AzkabanWorkspace ws = AzkabanWorkspace.read(Path.of("projects/sales.zip"));
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
public final class AzkabanWorkspace extends SchedulerWorkspace {

    private AzkabanWorkspace(Path source, ConversionOptions options) {
        super(AzkabanReader.read(source, options));
    }

    /**
     * Reads a source with the default options.
     *
     * @param source the project directory or zip
     * @return the workspace
     * @throws SchedulerSourceException if the source is malformed, references something missing,
     *     has a cycle or an unknown version, or exceeds a limit
     */
    public static AzkabanWorkspace read(Path source) {
        return read(source, ConversionOptions.defaults());
    }

    /**
     * Reads a source.
     *
     * @param source the project directory or zip
     * @param options limits and defaults
     * @return the workspace
     * @throws SchedulerSourceException if the source is malformed, references something missing,
     *     has a cycle or an unknown version, or exceeds a limit
     */
    public static AzkabanWorkspace read(Path source, ConversionOptions options) {
        return new AzkabanWorkspace(Objects.requireNonNull(source, "source"), Objects.requireNonNull(options, "options"));
    }
}
