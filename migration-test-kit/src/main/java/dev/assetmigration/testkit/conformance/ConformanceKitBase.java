package dev.assetmigration.testkit.conformance;

import dev.assetmigration.spi.Workspace;
import dev.assetmigration.testkit.internal.ReadRules;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What both kits share: the workspace under test and the R1 rules, which hold for every workspace. */
abstract class ConformanceKitBase {

    private @Nullable Workspace workspace;

    /**
     * Creates the workspace for the next test, through the kit's public factory hook.
     *
     * @return the workspace
     */
    abstract Workspace openWorkspace();

    /**
     * Releases a workspace after a test (delete its directory, close its connection). Does
     * nothing by default.
     *
     * @param used the workspace the test used
     */
    protected void closeWorkspace(Workspace used) {
    }

    @BeforeEach
    final void openWorkspaceUnderTest() {
        workspace = openWorkspace();
    }

    @AfterEach
    final void closeWorkspaceUnderTest() {
        if (workspace != null) {
            closeWorkspace(workspace);
        }
    }

    /**
     * Returns the workspace of the running test.
     *
     * @return the workspace
     */
    final Workspace ws() {
        return Objects.requireNonNull(workspace, "workspace");
    }

    /** Gives the workspace content for rules that read it; the writable kit creates some. */
    void prepareContent() {
    }

    /** R1: what a workspace declares. */
    @Nested
    @DisplayName("R1 Workspace")
    class WorkspaceRules {

        @Test
        @DisplayName("R1.1 MUST support at least one type and hand out a provider whose type() is the type asked for")
        void providersMatchTheirType() {
            ReadRules.providersMatchTheirType(ws());
        }

        @Test
        @DisplayName("R1.2 MUST throw UnsupportedAssetTypeException from provider(type) for a type it does not support")
        void unsupportedTypesRefused() {
            ReadRules.unsupportedTypesRefused(ws());
        }

        @Test
        @DisplayName("R1.3 MUST return from capability(c) either nothing or an instance of c")
        void capabilitiesAreTyped() {
            ReadRules.capabilitiesAreTyped(ws());
        }

        @Test
        @DisplayName("R1.4 MUST list assets(query) type by type in AssetType order, each in id order, only the types asked for")
        void assetsFollowTypeOrder() {
            prepareContent();
            ReadRules.assetsFollowTypeOrder(ws());
        }
    }
}
