package dev.assetmigration.schedulers;

import dev.assetmigration.schedulers.internal.AirflowReader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A read-only workspace over Apache Airflow DAGs: serialized-DAG JSON as Airflow stores it (format versions 1 to 3),
 * or the REST API's DAG-details and tasks JSON; a single file or a directory of {@code .json} files.
 *
 * <pre>{@code
 * AirflowWorkspace ws = AirflowWorkspace.read(Path.of("dags/serialized"));
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
public final class AirflowWorkspace extends SchedulerWorkspace {

    private AirflowWorkspace(Path source, ConversionOptions options) {
        super(AirflowReader.read(source, options));
    }

    /**
     * Reads a source with the default options.
     *
     * @param source a JSON file or a directory of them
     * @return the workspace
     * @throws SchedulerSourceException if the source is malformed, references something missing,
     *     has a cycle or an unknown version, or exceeds a limit
     */
    public static AirflowWorkspace read(Path source) {
        return read(source, ConversionOptions.defaults());
    }

    /**
     * Reads a source.
     *
     * @param source a JSON file or a directory of them
     * @param options limits and defaults
     * @return the workspace
     * @throws SchedulerSourceException if the source is malformed, references something missing,
     *     has a cycle or an unknown version, or exceeds a limit
     */
    public static AirflowWorkspace read(Path source, ConversionOptions options) {
        return new AirflowWorkspace(Objects.requireNonNull(source, "source"), Objects.requireNonNull(options, "options"));
    }
}
