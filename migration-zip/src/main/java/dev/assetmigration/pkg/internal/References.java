package dev.assetmigration.pkg.internal;

import dev.assetmigration.model.AssetRef;
import dev.assetmigration.pkg.DanglingReferenceException;
import dev.assetmigration.pkg.DuplicateEntryException;
import dev.assetmigration.pkg.ExternalAsset;
import dev.assetmigration.pkg.PackagedAsset;
import dev.assetmigration.pkg.UnsupportedAsset;
import dev.assetmigration.spi.Tombstone;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The reference rule of a package, checked in bounded memory ({@link RefIndex}), checked by the writer before it finishes and by the reader's
 * verification: every asset appears once, and every dependency resolves to a packaged asset, an
 * external stub, an unsupported asset or a tombstone.
 */
public final class References {

    private References() {
    }

    /**
     * Checks the rule.
     *
     * @param assets the packaged assets
     * @param external the external stubs
     * @param unsupported the unsupported assets
     * @param tombstones the tombstones
     * @throws DuplicateEntryException if an asset reference occurs twice among the packaged assets
     * @throws DanglingReferenceException listing every unresolved dependency
     */
    public static void check(List<PackagedAsset> assets, List<ExternalAsset> external, List<UnsupportedAsset> unsupported,
            List<Tombstone> tombstones) {
        RefIndex index = new RefIndex(assets);
        if (index.firstDuplicate() >= 0) {
            PackagedAsset asset = assets.get(index.firstDuplicate());
            throw new DuplicateEntryException(asset.descriptor().path(), "as asset " + asset.ref()
                    + ": the same asset is in the package twice; write each asset once");
        }
        Set<AssetRef> others = new HashSet<>();
        external.forEach(x -> others.add(x.ref()));
        unsupported.forEach(u -> others.add(u.ref()));
        tombstones.forEach(t -> others.add(t.asset()));
        List<DanglingReferenceException.Dangling> dangling = new ArrayList<>();
        for (PackagedAsset asset : assets) {
            for (AssetRef dependency : asset.dependencies()) {
                if (!others.contains(dependency) && index.find(dependency) < 0) {
                    dangling.add(new DanglingReferenceException.Dangling(asset.ref(), dependency));
                }
            }
        }
        if (!dangling.isEmpty()) {
            throw new DanglingReferenceException(dangling);
        }
    }
}
