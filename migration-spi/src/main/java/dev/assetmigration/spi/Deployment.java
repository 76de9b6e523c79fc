package dev.assetmigration.spi;

import dev.assetmigration.error.ProviderException;
import dev.assetmigration.model.AssetRef;
import java.util.Collection;
import java.util.List;

/** The workspace can commit and deploy tasks to production after an import. */
public interface Deployment extends WorkspaceCapability {

    /**
     * Commits and deploys the given tasks. Tasks already deployed in their current state are
     * left as they are.
     *
     * @param tasks the tasks to deploy
     * @return the tasks that were deployed, in the order given
     * @throws dev.assetmigration.error.AssetNotFoundException if a task does not exist
     * @throws ProviderException if deployment fails
     */
    List<AssetRef> deploy(Collection<AssetRef> tasks);
}
