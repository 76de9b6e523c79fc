package dev.assetmigration.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.assetmigration.spi.Workspace;
import dev.assetmigration.testkit.InMemoryWorkspace;
import dev.assetmigration.testkit.fixtures.WorkspaceGenerator;
import dev.assetmigration.testkit.conformance.BrokenWorkspace.Breakage;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Proves the kit: each deliberately broken workspace is run through it, and exactly the rules
 * that its bug violates must fail, every other rule must pass or be skipped.
 */
@DisplayName("The conformance kit catches broken providers with the right rule")
class ConformanceKitCatchesBrokenProvidersTest {

    private static final Pattern RULE = Pattern.compile("^(R\\d+\\.\\d+) ");

    static Stream<Arguments> brokenProviders() {
        return Stream.of(
                Arguments.of(Breakage.DROPS_EXTENSIONS, DropsExtensions.class, Set.of("R2.1", "R5.1", "R5.3")),
                Arguments.of(Breakage.IGNORES_MODIFIED_AFTER, IgnoresModifiedAfter.class, Set.of("R3.2")),
                Arguments.of(Breakage.LOSES_BYTES, LosesBytes.class, Set.of("R2.1", "R2.2")),
                Arguments.of(Breakage.DROPS_SECRETS, DropsSecrets.class, Set.of("R2.1", "R2.3")),
                Arguments.of(Breakage.UNSORTED_LIST, UnsortedList.class, Set.of("R3.1")),
                Arguments.of(Breakage.PREFIX_FOLDERS, PrefixFolders.class, Set.of("R3.3")),
                Arguments.of(Breakage.OVERWRITES_TAKEN_ID, OverwritesTakenId.class, Set.of("R2.6", "R5.8")),
                Arguments.of(Breakage.DELETE_ALWAYS_TRUE, DeleteAlwaysTrue.class, Set.of("R6.2")),
                Arguments.of(Breakage.MATERIALISES_LIST, MaterialisesList.class, Set.of("R3.6")),
                Arguments.of(Breakage.ROLLBACK_DOES_NOTHING, RollbackDoesNothing.class, Set.of("R8.1", "R8.3")),
                Arguments.of(Breakage.SERVES_UNSUPPORTED_TYPE, ServesUnsupportedType.class, Set.of("R1.2")),
                Arguments.of(Breakage.FIND_BY_NAME_IGNORES_FOLDER, FindByNameIgnoresFolder.class, Set.of("R4.1")),
                Arguments.of(Breakage.TOMBSTONES_NEWEST_FIRST, TombstonesNewestFirst.class, Set.of("R7.2")),
                Arguments.of(Breakage.ISSUES_OWN_IDS, IssuesOwnIds.class, Set.of()));
    }

    @ParameterizedTest(name = "{0} fails {2}")
    @MethodSource("brokenProviders")
    @DisplayName("a provider with one bug fails exactly the rules that bug breaks (a store issuing its own ids breaks none)")
    void rightRuleFails(Breakage breakage, Class<?> specimen, Set<String> expected) {
        assertFailures(breakage, specimen, expected, 30);
    }

    static Stream<Arguments> brokenReadOnlyProviders() {
        return Stream.of(
                Arguments.of(Breakage.CLAIMS_READ_ONLY_BUT_WRITES, ClaimsReadOnlyButWrites.class, Set.of("R10.1")),
                Arguments.of(Breakage.HIDES_READ_ONLY, HidesReadOnly.class, Set.of("R10.2")),
                Arguments.of(Breakage.IGNORES_MODIFIED_AFTER, ReadOnlyIgnoresModifiedAfter.class, Set.of("R3.2")),
                Arguments.of(Breakage.PREFIX_FOLDERS, ReadOnlyPrefixFolders.class, Set.of("R3.3")),
                Arguments.of(Breakage.FIND_BY_NAME_IGNORES_FOLDER, ReadOnlyFindByNameIgnoresFolder.class, Set.of("R4.1")));
    }

    @ParameterizedTest(name = "{0} fails {2}")
    @MethodSource("brokenReadOnlyProviders")
    @DisplayName("a read-only provider with one bug fails exactly the rules that bug breaks")
    void rightReadOnlyRuleFails(Breakage breakage, Class<?> specimen, Set<String> expected) {
        assertFailures(breakage, specimen, expected, 8);
    }

    private static void assertFailures(Breakage breakage, Class<?> specimen, Set<String> expected, int minimumPassed) {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(specimen)).execute();
        Set<String> failed = new TreeSet<>();
        results.testEvents().failed().stream().map(Event::getTestDescriptor)
                .forEach(d -> failed.add(rule(d).orElse("<no rule: " + d.getDisplayName() + ">")));
        assertEquals(new TreeSet<>(expected), failed, () -> breakage + " failures:\n" + results.testEvents().failed().stream()
                .map(e -> e.getTestDescriptor().getDisplayName() + " -> " + e.getPayload().map(Object::toString).orElse(""))
                .reduce("", (a, b) -> a + "\n" + b));
        assertTrue(results.testEvents().succeeded().count() >= minimumPassed, "the other rules ran and passed");
    }

    /** The rule number in the display name of a test or of its parameterised parent. */
    private static Optional<String> rule(TestDescriptor descriptor) {
        for (Optional<TestDescriptor> d = Optional.of(descriptor); d.isPresent(); d = d.get().getParent()) {
            Matcher m = RULE.matcher(d.get().getDisplayName());
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** Runs the kit against one breakage. Not run by Surefire directly (nested class). */
    abstract static class Specimen extends WorkspaceConformanceKit {
        abstract Breakage breakage();

        @Override
        protected Workspace createWorkspace() {
            return new BrokenWorkspace(breakage());
        }
    }

    static class DropsExtensions extends Specimen {
        @Override
        Breakage breakage() {
            return Breakage.DROPS_EXTENSIONS;
        }
    }

    static class IgnoresModifiedAfter extends Specimen {
        @Override
        Breakage breakage() {
            return Breakage.IGNORES_MODIFIED_AFTER;
        }
    }

    static class LosesBytes extends Specimen {
        @Override
        Breakage breakage() {
            return Breakage.LOSES_BYTES;
        }
    }

    static class DropsSecrets extends Specimen {
        @Override
        Breakage breakage() {
            return Breakage.DROPS_SECRETS;
        }
    }

    static class UnsortedList extends Specimen {
        @Override
        Breakage breakage() {
            return Breakage.UNSORTED_LIST;
        }
    }

    static class PrefixFolders extends Specimen {
        @Override
        Breakage breakage() {
            return Breakage.PREFIX_FOLDERS;
        }
    }

    static class OverwritesTakenId extends Specimen {
        @Override
        Breakage breakage() {
            return Breakage.OVERWRITES_TAKEN_ID;
        }
    }

    static class DeleteAlwaysTrue extends Specimen {
        @Override
        Breakage breakage() {
            return Breakage.DELETE_ALWAYS_TRUE;
        }
    }

    static class MaterialisesList extends Specimen {
        @Override
        Breakage breakage() {
            return Breakage.MATERIALISES_LIST;
        }
    }

    static class RollbackDoesNothing extends Specimen {
        @Override
        Breakage breakage() {
            return Breakage.ROLLBACK_DOES_NOTHING;
        }
    }

    static class ServesUnsupportedType extends Specimen {
        @Override
        Breakage breakage() {
            return Breakage.SERVES_UNSUPPORTED_TYPE;
        }
    }

    static class FindByNameIgnoresFolder extends Specimen {
        @Override
        Breakage breakage() {
            return Breakage.FIND_BY_NAME_IGNORES_FOLDER;
        }
    }

    static class TombstonesNewestFirst extends Specimen {
        @Override
        Breakage breakage() {
            return Breakage.TOMBSTONES_NEWEST_FIRST;
        }
    }

    static class IssuesOwnIds extends Specimen {
        @Override
        Breakage breakage() {
            return Breakage.ISSUES_OWN_IDS;
        }
    }

    /** Runs the read-only kit against one breakage over a seeded, read-only store. */
    abstract static class ReadOnlySpecimen extends ReadOnlyWorkspaceConformanceKit {
        abstract Breakage breakage();

        @Override
        protected Workspace createSeededWorkspace() {
            InMemoryWorkspace.Builder store = InMemoryWorkspace.builder();
            if (breakage() != Breakage.CLAIMS_READ_ONLY_BUT_WRITES) {
                store.readOnly();
            }
            WorkspaceGenerator.builder().seed(3).assets(120).maxResourceBytes(1024).build().assets().forEach(store::asset);
            return new BrokenWorkspace(breakage(), store.build());
        }
    }

    static class ClaimsReadOnlyButWrites extends ReadOnlySpecimen {
        @Override
        Breakage breakage() {
            return Breakage.CLAIMS_READ_ONLY_BUT_WRITES;
        }
    }

    static class HidesReadOnly extends ReadOnlySpecimen {
        @Override
        Breakage breakage() {
            return Breakage.HIDES_READ_ONLY;
        }
    }

    static class ReadOnlyIgnoresModifiedAfter extends ReadOnlySpecimen {
        @Override
        Breakage breakage() {
            return Breakage.IGNORES_MODIFIED_AFTER;
        }
    }

    static class ReadOnlyPrefixFolders extends ReadOnlySpecimen {
        @Override
        Breakage breakage() {
            return Breakage.PREFIX_FOLDERS;
        }
    }

    static class ReadOnlyFindByNameIgnoresFolder extends ReadOnlySpecimen {
        @Override
        Breakage breakage() {
            return Breakage.FIND_BY_NAME_IGNORES_FOLDER;
        }
    }
}
