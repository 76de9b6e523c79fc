package dev.assetmigration.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.spi.Workspace;
import dev.assetmigration.testkit.internal.ReadRules;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for read-only workspaces, such as the Oozie, Azkaban and Airflow readers:
 * the read-side rules of {@code docs/spi-rules.md}, checked against whatever the workspace
 * holds, plus the rules of read-only workspaces (R10). The author supplies a workspace seeded
 * with representative content (several folders, several modification instants):
 *
 * <pre>{@code
 * class OozieWorkspaceConformanceTest extends ReadOnlyWorkspaceConformanceKit {
 *     @Override
 *     protected Workspace createSeededWorkspace() {
 *         return OozieWorkspace.open(Path.of("src/test/resources/oozie/sample-app"));
 *     }
 * }
 * }</pre>
 *
 * <p>Expectations are derived from the data itself, with the SPI's own
 * {@link dev.assetmigration.spi.AssetQuery#matches} semantics as the oracle: for example, for each
 * modification instant found, listing "modified after" it must give exactly the assets modified
 * strictly later. Rules that need data the workspace does not hold are skipped. Rules that need
 * writes (round trip, R3.6 streaming of 10 000 assets, R5 to R9) are not part of this kit.
 */
public abstract class ReadOnlyWorkspaceConformanceKit extends ConformanceKitBase {

    /** For subclasses. */
    protected ReadOnlyWorkspaceConformanceKit() {
    }

    /**
     * Creates the read-only workspace under test, holding representative assets; called before
     * every test.
     *
     * @return the workspace
     */
    protected abstract Workspace createSeededWorkspace();

    @Override
    final Workspace openWorkspace() {
        return Objects.requireNonNull(createSeededWorkspace(), "createSeededWorkspace() returned null");
    }

    /** R2.7, R3 and R4: reading. */
    @Nested
    @DisplayName("R2-R4 Reading")
    class Reading {

        @Test
        @DisplayName("R2.7 MUST return the same asset by id, by folder and name, and in a listing")
        void viewsAgree() {
            ReadRules.viewsAgree(ws());
        }

        @Test
        @DisplayName("R3.1 MUST list in strictly ascending id order (String.compareTo)")
        void idOrder() {
            ReadRules.listedInIdOrder(ws());
        }

        @Test
        @DisplayName("R3.2 MUST list only assets modified strictly after modifiedAfter: one modified at the bound is left out")
        void modifiedAfterIsStrict() {
            ReadRules.modifiedAfterIsStrict(ws());
        }

        @Test
        @DisplayName("R3.3 MUST filter folders by whole segments: 'a/b' covers 'a/b' and 'a/b/c', not 'a/bc'")
        void folderFilterBySegments() {
            ReadRules.folderFilterBySegments(ws());
        }

        @Test
        @DisplayName("R3.4 MUST list exactly the existing assets among the ids asked for")
        void idFilter() {
            ReadRules.idFilterIsExact(ws());
        }

        @Test
        @DisplayName("R3.5 MUST list only assets of the provider's own type")
        void ownTypeOnly() {
            ReadRules.listsOwnTypeOnly(ws());
        }

        @Test
        @DisplayName("R4.1 MUST find an asset by folder and name, and nothing for that name in another folder")
        void findByName() {
            ReadRules.findByNameIsIdentity(ws());
        }

        @Test
        @DisplayName("R4.2 MUST return empty, not throw, from findById of an unknown id")
        void unknownId() {
            ReadRules.unknownIdIsEmpty(ws());
        }
    }

    /** R10: read-only workspaces. */
    @Nested
    @DisplayName("R10 Read-only workspaces")
    class ReadOnlyRules {

        @Test
        @DisplayName("R10.1 MUST refuse create, update, write and delete with ReadOnlyWorkspaceException and stay unchanged")
        void refusesWrites() {
            ReadRules.readOnlyRefusesWrites(ws());
        }

        @Test
        @DisplayName("R10.2 MUST say so: readOnly() returns true")
        void saysReadOnly() {
            assertTrue(ws().readOnly(), "R10.2: readOnly() of a workspace that refuses writes");
        }
    }
}
