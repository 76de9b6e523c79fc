package dev.assetmigration.imports;

import dev.assetmigration.spi.Workspace;

/** The first stage of an import: choose the target. */
public interface ImportStep {

    /**
     * Imports into a workspace.
     *
     * @param target the workspace to write
     * @return the options stage
     */
    ImportOptions into(Workspace target);
}
