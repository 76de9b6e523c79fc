package dev.assetmigration.testkit.conformance;

import dev.assetmigration.spi.Workspace;
import dev.assetmigration.testkit.InMemoryWorkspace;
import org.junit.jupiter.api.DisplayName;

@DisplayName("InMemoryWorkspace conforms to the SPI rules")
class InMemoryWorkspaceConformanceTest extends WorkspaceConformanceKit {

    @Override
    protected Workspace createWorkspace() {
        return InMemoryWorkspace.empty();
    }
}
