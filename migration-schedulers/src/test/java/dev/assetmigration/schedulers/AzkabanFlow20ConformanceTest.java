package dev.assetmigration.schedulers;

import dev.assetmigration.spi.Workspace;
import dev.assetmigration.testkit.conformance.ReadOnlyWorkspaceConformanceKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("AzkabanWorkspace over a Flow 2.0 project conforms to the read-only SPI rules")
class AzkabanFlow20ConformanceTest extends ReadOnlyWorkspaceConformanceKit {

    @Override
    protected Workspace createSeededWorkspace() {
        return AzkabanWorkspace.read(Fixtures.resource("azkaban/flow20-sales"));
    }
}
