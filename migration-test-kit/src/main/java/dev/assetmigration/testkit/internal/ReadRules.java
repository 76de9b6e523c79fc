package dev.assetmigration.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.assetmigration.error.ReadOnlyWorkspaceException;
import dev.assetmigration.error.UnsupportedAssetTypeException;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.spi.AssetProvider;
import dev.assetmigration.spi.AssetQuery;
import dev.assetmigration.spi.Deployment;
import dev.assetmigration.spi.Tombstones;
import dev.assetmigration.spi.Transactions;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.spi.WorkspaceCapability;
import dev.assetmigration.testkit.WorkspaceSnapshot;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The read-side rules, checked against whatever a workspace holds. Both conformance kits call
 * these: the writable kit after creating the data a rule needs, the read-only kit on the seeded
 * workspace. Each method is one rule of {@code docs/spi-rules.md}; oracles are the SPI's own
 * {@link AssetQuery#matches} and {@link AssetQuery#isWithin}.
 */
public final class ReadRules {

    /** How many assets per type the per-asset checks look at, to keep large workspaces fast. */
    private static final int SAMPLE = 200;

    private ReadRules() {
    }

    /**
     * Lists every asset of one type through its provider.
     *
     * @param provider the provider
     * @param query the query
     * @return the assets in the order listed
     */
    public static List<Asset> list(AssetProvider provider, AssetQuery query) {
        try (Stream<Asset> assets = provider.list(query)) {
            return assets.toList();
        }
    }

    private static List<String> ids(List<Asset> assets) {
        return assets.stream().map(Asset::id).toList();
    }

    /**
     * R1.1: at least one supported type, and each provider reports its own type.
     *
     * @param workspace the workspace
     */
    public static void providersMatchTheirType(Workspace workspace) {
        assertFalse(workspace.supportedTypes().isEmpty(), "R1.1: supportedTypes() must not be empty");
        for (AssetType type : workspace.supportedTypes()) {
            assertEquals(type, workspace.provider(type).type(), "R1.1: provider(" + type + ").type()");
        }
    }

    /**
     * R1.2: unsupported types are refused with {@link UnsupportedAssetTypeException}.
     *
     * @param workspace the workspace
     */
    public static void unsupportedTypesRefused(Workspace workspace) {
        List<AssetType> unsupported = Stream.of(AssetType.values())
                .filter(t -> !workspace.supportedTypes().contains(t)).toList();
        Assumptions.assumeFalse(unsupported.isEmpty(), "the workspace supports every asset type");
        for (AssetType type : unsupported) {
            UnsupportedAssetTypeException e = assertThrows(UnsupportedAssetTypeException.class,
                    () -> workspace.provider(type), "R1.2: provider(" + type + ") of an unsupported type");
            assertEquals(type, e.assetType(), "R1.2: the exception names the type asked for");
        }
    }

    /**
     * R1.3: a capability lookup returns empty or an instance of the capability asked for.
     *
     * @param workspace the workspace
     */
    public static void capabilitiesAreTyped(Workspace workspace) {
        for (Class<? extends WorkspaceCapability> type : List.of(Deployment.class, Tombstones.class, Transactions.class)) {
            workspace.capability(type).ifPresent(c -> assertTrue(type.isInstance(c),
                    "R1.3: capability(" + type.getSimpleName() + ") returned " + c.getClass()));
        }
    }

    /**
     * R1.4: {@link Workspace#assets} lists types in declaration order, each in its provider's order,
     * and only the types asked for.
     *
     * @param workspace the workspace
     */
    public static void assetsFollowTypeOrder(Workspace workspace) {
        List<AssetRef> expected = new ArrayList<>();
        for (AssetType type : new TreeSet<>(workspace.supportedTypes())) {
            list(workspace.provider(type), AssetQuery.all()).forEach(a -> expected.add(a.ref()));
        }
        try (Stream<Asset> all = workspace.assets(AssetQuery.all())) {
            assertEquals(expected, all.map(Asset::ref).toList(), "R1.4: assets(all) in type order, each in id order");
        }
        AssetType first = new TreeSet<>(workspace.supportedTypes()).first();
        try (Stream<Asset> one = workspace.assets(AssetQuery.all().withTypes(first))) {
            assertTrue(one.allMatch(a -> a.type() == first), "R1.4: assets(withTypes(" + first + ")) yields only " + first);
        }
    }

    /**
     * R2.7: the asset found by id, by folder and name, and in a listing is the same.
     *
     * @param workspace the workspace
     */
    public static void viewsAgree(Workspace workspace) {
        int checked = 0;
        for (AssetType type : workspace.supportedTypes()) {
            AssetProvider provider = workspace.provider(type);
            for (Asset listed : list(provider, AssetQuery.all()).stream().limit(SAMPLE).toList()) {
                Asset byId = provider.findById(listed.id())
                        .orElseThrow(() -> new AssertionError("R2.7: listed " + listed.ref() + " but findById finds nothing"));
                Asset byName = provider.findByName(listed.folder(), listed.name())
                        .orElseThrow(() -> new AssertionError("R2.7: listed " + listed.ref() + " but findByName('"
                                + listed.folder() + "', '" + listed.name() + "') finds nothing"));
                assertEquals(List.of(), AssetDiff.differences(listed, byId), "R2.7: findById differs from list for " + listed.ref());
                assertEquals(List.of(), AssetDiff.differences(listed, byName), "R2.7: findByName differs from list for " + listed.ref());
                checked++;
            }
        }
        Assumptions.assumeTrue(checked > 0, "the workspace holds no asset to compare");
    }

    /**
     * R3.1: every listing is in strictly ascending id order.
     *
     * @param workspace the workspace
     */
    public static void listedInIdOrder(Workspace workspace) {
        for (AssetType type : workspace.supportedTypes()) {
            List<String> ids = ids(list(workspace.provider(type), AssetQuery.all()));
            for (int k = 1; k < ids.size(); k++) {
                if (ids.get(k - 1).compareTo(ids.get(k)) >= 0) {
                    fail("R3.1: " + type + " listed '" + ids.get(k - 1) + "' before '" + ids.get(k)
                            + "'; ids must be strictly ascending (String.compareTo)");
                }
            }
        }
    }

    /**
     * R3.2: modified-after keeps exactly the assets modified strictly after the bound; an asset
     * modified exactly at the bound is left out. Bounds are taken from the data: the earliest,
     * a middle and the latest modification instant of each type, and one instant before all.
     *
     * @param workspace the workspace
     */
    public static void modifiedAfterIsStrict(Workspace workspace) {
        filtersAgree(workspace, "R3.2", all -> {
            List<Instant> instants = all.stream().map(a -> a.meta().modifiedAt()).sorted().toList();
            Set<Instant> bounds = new TreeSet<>(List.of(instants.get(0), instants.get(instants.size() / 2),
                    instants.get(instants.size() - 1), instants.get(0).minusSeconds(1)));
            return bounds.stream().map(AssetQuery.all()::withModifiedAfter).toList();
        });
    }

    /**
     * R3.3: the folder filter covers the folder and its sub-folders by whole segments. Queries use
     * every folder present, its parent and the string prefix one character short, which must not
     * match {@code a/bc} when asking for {@code a/b}.
     *
     * @param workspace the workspace
     */
    public static void folderFilterBySegments(Workspace workspace) {
        filtersAgree(workspace, "R3.3", all -> {
            Set<String> folders = new TreeSet<>();
            for (String folder : all.stream().map(Asset::folder).collect(Collectors.toCollection(TreeSet::new))) {
                folders.add(folder);
                if (folder.length() > 1) {
                    folders.add(folder.substring(0, folder.length() - 1));
                }
                int slash = folder.lastIndexOf('/');
                if (slash > 0) {
                    folders.add(folder.substring(0, slash));
                }
            }
            return folders.stream().limit(SAMPLE).map(AssetQuery.all()::withFolders).toList();
        });
    }

    /**
     * R3.4: the id filter yields exactly the existing assets among the ids asked for: every third
     * id listed, plus one that does not exist.
     *
     * @param workspace the workspace
     */
    public static void idFilterIsExact(Workspace workspace) {
        filtersAgree(workspace, "R3.4", all -> {
            List<String> wanted = new ArrayList<>();
            for (int k = 0; k < all.size(); k += 3) {
                wanted.add(all.get(k).id());
            }
            wanted.add("no-such-id");
            return List.of(AssetQuery.all().withIds(wanted));
        });
    }

    /**
     * Checks filters against the SPI's own oracle: for every supported type that holds assets,
     * each query derived from the full listing must list exactly the assets of that listing that
     * {@link AssetQuery#matches} accepts, in the same order.
     */
    private static void filtersAgree(Workspace workspace, String rule, Function<List<Asset>, List<AssetQuery>> queriesFor) {
        int checked = 0;
        for (AssetType type : workspace.supportedTypes()) {
            AssetProvider provider = workspace.provider(type);
            List<Asset> all = list(provider, AssetQuery.all());
            if (all.isEmpty()) {
                continue;
            }
            for (AssetQuery query : queriesFor.apply(all)) {
                assertEquals(ids(all.stream().filter(query::matches).toList()), ids(list(provider, query)),
                        rule + ": " + type + " listed by " + query);
                checked++;
            }
        }
        Assumptions.assumeTrue(checked > 0, "the workspace holds no asset to filter");
    }

    /**
     * R3.5: a provider lists only assets of its own type.
     *
     * @param workspace the workspace
     */
    public static void listsOwnTypeOnly(Workspace workspace) {
        for (AssetType type : workspace.supportedTypes()) {
            for (Asset asset : list(workspace.provider(type), AssetQuery.all())) {
                assertEquals(type, asset.type(), "R3.5: provider(" + type + ") listed " + asset.ref());
                assertEquals(type.assetClass(), asset.getClass(), "R3.5: record class of " + asset.ref());
            }
        }
    }

    /**
     * R4.1: find-by-name finds each asset by folder and name, and nothing for a name or folder
     * that no asset of the type has.
     *
     * @param workspace the workspace
     */
    public static void findByNameIsIdentity(Workspace workspace) {
        int checked = 0;
        for (AssetType type : workspace.supportedTypes()) {
            AssetProvider provider = workspace.provider(type);
            for (Asset asset : list(provider, AssetQuery.all()).stream().limit(SAMPLE).toList()) {
                assertEquals(asset.ref(), provider.findByName(asset.folder(), asset.name()).map(Asset::ref).orElse(null),
                        "R4.1: findByName('" + asset.folder() + "', '" + asset.name() + "')");
                String otherFolder = asset.folder().isEmpty() ? "no-such-folder" : asset.folder() + "/no-such-folder";
                assertTrue(provider.findByName(otherFolder, asset.name()).isEmpty(),
                        "R4.1: findByName must not match '" + asset.name() + "' in another folder '" + otherFolder + "'");
                checked++;
            }
            assertTrue(provider.findByName("", "no such name " + type).isEmpty(), "R4.1: unknown name finds nothing");
        }
        Assumptions.assumeTrue(checked > 0, "the workspace holds no asset to find");
    }

    /**
     * R4.2: find-by-id of an unknown id returns empty instead of throwing.
     *
     * @param workspace the workspace
     */
    public static void unknownIdIsEmpty(Workspace workspace) {
        for (AssetType type : workspace.supportedTypes()) {
            assertTrue(workspace.provider(type).findById("no-such-id-" + type).isEmpty(),
                    "R4.2: findById of an unknown " + type + " id");
        }
    }

    /**
     * R10.1: a read-only workspace refuses create, update, write and delete with {@link
     * ReadOnlyWorkspaceException} and stays unchanged.
     *
     * @param workspace the workspace
     */
    public static void readOnlyRefusesWrites(Workspace workspace) {
        WorkspaceSnapshot before = WorkspaceSnapshot.of(workspace);
        for (AssetType type : workspace.supportedTypes()) {
            AssetProvider provider = workspace.provider(type);
            Asset fresh = AssetFixtures.of(type, "read_only_probe").id("read-only-probe").build();
            assertThrows(ReadOnlyWorkspaceException.class, () -> provider.create(fresh), "R10.1: create " + type);
            assertThrows(ReadOnlyWorkspaceException.class, () -> provider.write(fresh), "R10.1: write " + type);
            Asset existing = list(provider, AssetQuery.all()).stream().findFirst().orElse(fresh);
            assertThrows(ReadOnlyWorkspaceException.class, () -> provider.update(existing), "R10.1: update " + type);
            assertThrows(ReadOnlyWorkspaceException.class, () -> provider.delete(existing.id()), "R10.1: delete " + type);
        }
        before.assertUnchanged(workspace);
    }
}
