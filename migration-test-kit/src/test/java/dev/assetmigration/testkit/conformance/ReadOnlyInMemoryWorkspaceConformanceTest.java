package dev.assetmigration.testkit.conformance;

import dev.assetmigration.spi.Workspace;
import dev.assetmigration.testkit.InMemoryWorkspace;
import dev.assetmigration.testkit.fixtures.WorkspaceGenerator;
import org.junit.jupiter.api.DisplayName;

@DisplayName("A read-only InMemoryWorkspace seeded by the generator conforms to the read-side rules")
class ReadOnlyInMemoryWorkspaceConformanceTest extends ReadOnlyWorkspaceConformanceKit {

    private static final WorkspaceGenerator GENERATOR =
            WorkspaceGenerator.builder().seed(17).assets(400).maxResourceBytes(2048).build();

    @Override
    protected Workspace createSeededWorkspace() {
        InMemoryWorkspace.Builder builder = InMemoryWorkspace.builder().readOnly();
        GENERATOR.assets().forEach(builder::asset);
        return builder.build();
    }
}
