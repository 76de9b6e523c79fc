package dev.assetmigration.schedulers;

import dev.assetmigration.spi.Workspace;
import dev.assetmigration.testkit.conformance.ReadOnlyWorkspaceConformanceKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("AzkabanWorkspace conforms to the read-only SPI rules")
class AzkabanWorkspaceConformanceTest extends ReadOnlyWorkspaceConformanceKit {

    @Override
    protected Workspace createSeededWorkspace() {
        return AzkabanWorkspace.read(Fixtures.resource("azkaban/legacy-sales"));
    }
}
