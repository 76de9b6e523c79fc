package dev.assetmigration.schedulers;

import dev.assetmigration.spi.Workspace;
import dev.assetmigration.testkit.conformance.ReadOnlyWorkspaceConformanceKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("OozieWorkspace conforms to the read-only SPI rules")
class OozieWorkspaceConformanceTest extends ReadOnlyWorkspaceConformanceKit {

    @Override
    protected Workspace createSeededWorkspace() {
        return OozieWorkspace.read(Fixtures.resource("oozie/daily-etl"));
    }
}
