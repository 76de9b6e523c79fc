package dev.assetmigration.governance;

import dev.assetmigration.export.ExportStep;
import dev.assetmigration.export.MigrationPackage;
import dev.assetmigration.imports.ImportStep;
import dev.assetmigration.imports.RemotePackage;
import dev.assetmigration.internal.export.ExportStages;
import dev.assetmigration.internal.governance.Session;
import dev.assetmigration.internal.imports.ImportStages;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.spi.WorkspaceInfo;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A principal acting under governance. Exports and imports are checked before they read or
 * write anything (access, quota, edition) and recorded in the task history; listing tasks needs
 * membership only.
 */
public final class Actor {

    private final Session session;

    Actor(Session session) {
        this.session = session;
    }

    /**
     * Starts an export, allowed to account owners and workspace administrators.
     *
     * @param source the workspace to export from
     * @return the stage that chooses the export method
     */
    public ExportStep export(Workspace source) {
        return ExportStages.start(source, session);
    }

    /**
     * Starts an import of a package file, allowed to account owners and workspace
     * administrators; the file's size is checked against the edition before it is opened.
     *
     * @param file the package
     * @return the stage that chooses the target
     */
    public ImportStep importPackage(Path file) {
        return ImportStages.of(file, session);
    }

    /**
     * Starts an import of a package exported in this process.
     *
     * @param pkg the package
     * @return the stage that chooses the target
     */
    public ImportStep importPackage(MigrationPackage pkg) {
        return ImportStages.of(pkg, session);
    }

    /**
     * Starts an import of a package read from a stream, once.
     *
     * @param in the stream; not closed
     * @return the stage that chooses the target
     */
    public ImportStep importPackage(InputStream in) {
        return ImportStages.of(in, session);
    }

    /**
     * Starts an import of a package in remote object storage; the edition's rule for remote
     * packages (not on Basic or Standard) is checked before the opener is called.
     *
     * @param remote the package's address, size and opener
     * @return the stage that chooses the target
     */
    public ImportStep importPackage(RemotePackage remote) {
        return ImportStages.of(remote, session);
    }

    /**
     * Lists the migration tasks of a workspace; any member may.
     *
     * @param workspace the workspace
     * @param query criteria and page; its workspace criterion is replaced by {@code workspace}
     * @return the page
     * @throws AccessDeniedException if the principal is not a member
     */
    public TaskPage tasks(WorkspaceInfo workspace, TaskQuery query) {
        Governance governance = session.governance();
        Role role = governance.accessPolicy().roleOf(session.principal(), workspace).orElse(null);
        if (role == null || !Operation.LIST_TASKS.allowedFor(role)) {
            throw new AccessDeniedException(session.principal(), workspace, Operation.LIST_TASKS, role);
        }
        return governance.history().query(query.inWorkspace(workspace.workspace()));
    }

    /**
     * Returns who acts.
     *
     * @return the principal
     */
    public Principal principal() {
        return session.principal();
    }
}
