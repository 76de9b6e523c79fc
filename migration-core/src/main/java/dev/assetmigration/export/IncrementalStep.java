package dev.assetmigration.export;

import java.nio.file.Path;
import java.time.Instant;

/** Chooses where an incremental export starts. */
public interface IncrementalStep {

    /**
     * Exports assets modified strictly after the instant.
     *
     * @param since the exclusive lower bound
     * @return the incremental-export stage
     */
    IncrementalExport since(Instant since);

    /**
     * Chains from an earlier package: exports what changed after its high-water mark.
     *
     * @param previous a package produced by an earlier export of the same source
     * @return the incremental-export stage
     */
    IncrementalExport after(MigrationPackage previous);

    /**
     * Chains from an earlier package file: exports what changed after its high-water mark.
     *
     * @param previousPackage the earlier package; its manifest is read and checked
     * @return the incremental-export stage
     * @throws dev.assetmigration.error.MigrationException if the file is not a valid package
     */
    IncrementalExport after(Path previousPackage);
}
