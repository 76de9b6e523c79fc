package dev.assetmigration.export;

import dev.assetmigration.ProgressListener;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.LifecycleState;
import dev.assetmigration.spi.WorkspaceInfo;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Options every export method shares, and the terminal operations. Each option returns a new,
 * immutable stage; a stage can be reused and shared between threads.
 *
 * @param <S> the concrete stage type
 */
public interface ExportOptions<S extends ExportOptions<S>> {

    /**
     * Restricts the export to these asset types.
     *
     * @param types the types
     * @return the new stage
     */
    S types(AssetType... types);

    /**
     * Restricts the export to assets in these lifecycle states. Sources that do not track the
     * state report {@link LifecycleState#UNKNOWN}, which this filter then excludes unless listed.
     *
     * @param states the states
     * @return the new stage
     */
    S lifecycle(LifecycleState... states);

    /**
     * Leaves out assets that any of the selectors match, whatever the method selected.
     *
     * @param selectors what to leave out
     * @return the new stage
     */
    S exclude(Selector... selectors);

    /**
     * Records other source coordinates in the package than the workspace reports.
     *
     * @param source the coordinates
     * @return the new stage
     */
    S sourceInfo(WorkspaceInfo source);

    /**
     * Reports progress to a listener.
     *
     * @param listener the listener
     * @return the new stage
     */
    S progress(ProgressListener listener);

    /**
     * Uses this clock for the package's creation time and for elapsed times (tests pass a fixed
     * clock to get byte-identical packages).
     *
     * @param clock the clock
     * @return the new stage
     */
    S clock(Clock clock);

    /**
     * Fails the export when an asset depends on something the source does not have, instead of
     * reporting it.
     *
     * @return the new stage
     */
    S strict();

    /**
     * Lists what would be exported without writing anything.
     *
     * @return the plan
     */
    ExportPlan plan();

    /**
     * Exports to a temporary package file owned by the returned value; close it to delete the
     * file.
     *
     * @return the package
     */
    MigrationPackage toPackage();

    /**
     * Exports to a package file. The file appears only when the export succeeds: a failure
     * leaves nothing at {@code target}.
     *
     * @param target where to write the package; replaced if it exists
     * @return the report
     */
    ExportReport toPackage(Path target);

    /**
     * Exports to a stream, which is not closed. On failure the stream holds an incomplete
     * package that readers reject.
     *
     * @param out where to write the package
     * @return the report
     */
    ExportReport to(OutputStream out);
}
