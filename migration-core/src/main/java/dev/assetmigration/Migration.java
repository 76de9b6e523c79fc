package dev.assetmigration;

import dev.assetmigration.export.ExportStep;
import dev.assetmigration.export.MigrationPackage;
import dev.assetmigration.governance.GovernedMigration;
import dev.assetmigration.governance.Governance;
import dev.assetmigration.imports.ImportStep;
import dev.assetmigration.imports.RemotePackage;
import dev.assetmigration.internal.export.ExportStages;
import dev.assetmigration.internal.imports.ImportStages;
import dev.assetmigration.spi.Workspace;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The entry point of Asset Migration.
 *
 * <pre>{@code
 * try (MigrationPackage pkg = Migration.export(source)
 *         .incremental().since(Instant.parse("2026-11-01T00:00:00Z"))
 *         .toPackage()) {
 *     System.out.println(pkg.report());
 * }
 *
 * ImportReport report = Migration.importPackage(Path.of("sales.zip"))
 *         .into(target)
 *         .mapDataSource("prod_mysql", "test_mysql")
 *         .onConflict(ConflictPolicy.RENAME)
 *         .run();
 * }</pre>
 *
 * <p>These static entry points run in <em>trusted in-process mode</em>: the calling process is the
 * authority, so no principal is asked for and no quota or task history applies — the mode for
 * tools, tests and single-tenant services. A host that serves several users goes through
 * {@link #governedBy(Governance)} instead, where every operation names its principal and is
 * checked before it reads or writes anything.
 *
 * <p>Every stage is an immutable value: options return new stages, and nothing happens until a
 * terminal operation ({@code plan()}, {@code toPackage(…)}, {@code to(…)}) runs. Every failure is
 * a {@link dev.assetmigration.error.MigrationException}.
 */
public final class Migration {

    private Migration() {
    }

    /**
     * Starts an export from a workspace.
     *
     * @param source the workspace to read
     * @return the stage that chooses the export method
     */
    public static ExportStep export(Workspace source) {
        return ExportStages.start(source, null);
    }

    /**
     * Starts an import of a package file.
     *
     * @param file the package
     * @return the stage that chooses the target
     */
    public static ImportStep importPackage(Path file) {
        return ImportStages.of(file, null);
    }

    /**
     * Starts an import of a package exported in this process.
     *
     * @param pkg the package
     * @return the stage that chooses the target
     */
    public static ImportStep importPackage(MigrationPackage pkg) {
        return ImportStages.of(pkg, null);
    }

    /**
     * Starts an import of a package read from a stream. The stream is read (and spooled to a
     * temporary file) by the first terminal operation, so such an import can run only once.
     *
     * @param in the stream; not closed
     * @return the stage that chooses the target
     */
    public static ImportStep importPackage(InputStream in) {
        return ImportStages.of(in, null);
    }

    /**
     * Starts an import of a package in remote object storage, read through the host's opener.
     *
     * @param remote the package's address, size and opener
     * @return the stage that chooses the target
     */
    public static ImportStep importPackage(RemotePackage remote) {
        return ImportStages.of(remote, null);
    }

    /**
     * Enters governed mode: every operation names its principal, is checked against the access
     * policy and the edition's quotas before it reads or writes anything, and is recorded in the
     * task history.
     *
     * @param governance the host's rules
     * @return the governed entry point
     */
    public static GovernedMigration governedBy(Governance governance) {
        return new GovernedMigration(governance);
    }
}
