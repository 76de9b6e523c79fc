package dev.assetmigration.testkit;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.Resource;
import dev.assetmigration.spi.AssetQuery;
import dev.assetmigration.spi.Tombstone;
import dev.assetmigration.spi.Tombstones;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.testkit.internal.AssetDiff;
import dev.assetmigration.testkit.internal.Contents;
import dev.assetmigration.testkit.internal.Instants;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The full state of a workspace at one moment, for "the target is unchanged" assertions: every
 * asset of every supported type (resource content kept as size + SHA-256, not as bytes) and,
 * when the workspace has the {@link Tombstones} capability, every tombstone.
 *
 * <pre>{@code
 * WorkspaceSnapshot before = WorkspaceSnapshot.of(target);
 * assertThrows(MigrationException.class, () -> importer.run());
 * before.assertUnchanged(target);     // AssertionError listing each difference otherwise
 * }</pre>
 *
 * <p>Immutable and thread-safe. Taking a snapshot reads every asset once through the
 * workspace's providers and streams each resource's content once.
 */
public final class WorkspaceSnapshot {

    private static final int LISTED = 50;

    private final String workspace;
    private final Map<AssetRef, Entry> assets;
    private final Map<AssetRef, Tombstone> tombstones;

    /** One asset without its bytes, and the digest of its bytes when it is a resource. */
    private record Entry(Asset asset, Contents.@Nullable Digest content) {
    }

    private WorkspaceSnapshot(String workspace, Map<AssetRef, Entry> assets, Map<AssetRef, Tombstone> tombstones) {
        this.workspace = workspace;
        this.assets = Collections.unmodifiableMap(assets);
        this.tombstones = Collections.unmodifiableMap(tombstones);
    }

    /**
     * Captures a workspace.
     *
     * @param workspace the workspace
     * @return the snapshot
     * @throws dev.assetmigration.error.ProviderException if the workspace cannot be read
     */
    public static WorkspaceSnapshot of(Workspace workspace) {
        Objects.requireNonNull(workspace, "workspace");
        Map<AssetRef, Entry> assets = new TreeMap<>();
        try (Stream<Asset> all = workspace.assets(AssetQuery.all())) {
            all.forEach(asset -> assets.put(asset.ref(), new Entry(AssetDiff.withoutContent(asset),
                    asset instanceof Resource r ? Contents.digest(r.content()) : null)));
        }
        Map<AssetRef, Tombstone> tombstones = new TreeMap<>();
        Optional<Tombstones> capability = workspace.capability(Tombstones.class);
        if (capability.isPresent()) {
            try (Stream<Tombstone> deleted = capability.get().deletedSince(Instants.BEFORE_ALL)) {
                deleted.forEach(t -> tombstones.put(t.asset(), t));
            }
        }
        return new WorkspaceSnapshot(workspace.info().toString(), assets, tombstones);
    }

    /**
     * Returns the references of every asset captured, in type then id order.
     *
     * @return the references
     */
    public Set<AssetRef> refs() {
        return Collections.unmodifiableSet(new TreeSet<>(assets.keySet()));
    }

    /**
     * Returns the number of assets captured.
     *
     * @return the count
     */
    public int size() {
        return assets.size();
    }

    /**
     * Returns the tombstones captured, in reference order.
     *
     * @return the tombstones; empty if the workspace has no {@link Tombstones} capability
     */
    public List<Tombstone> tombstones() {
        return List.copyOf(tombstones.values());
    }

    /**
     * Lists what differs between this snapshot and a later (or other) one, one readable line per
     * difference, for example {@code changed AUTO_TRIGGERED_TASK/t1 (sales/load): definition.code:
     * expected "…" but was "…"} or {@code added RESOURCE/r9 (libs/udf.jar)}.
     *
     * @param other the other snapshot
     * @return the differences, in reference order; empty when the states are equal
     */
    public List<String> diff(WorkspaceSnapshot other) {
        Objects.requireNonNull(other, "other");
        List<String> lines = new ArrayList<>();
        TreeSet<AssetRef> refs = new TreeSet<>(assets.keySet());
        refs.addAll(other.assets.keySet());
        for (AssetRef ref : refs) {
            Entry mine = assets.get(ref);
            Entry theirs = other.assets.get(ref);
            if (theirs == null) {
                lines.add("removed " + describe(mine.asset()));
            } else if (mine == null) {
                lines.add("added " + describe(theirs.asset()));
            } else {
                List<String> changes = AssetDiff.fieldDifferences(mine.asset(), theirs.asset());
                if (!Objects.equals(mine.content(), theirs.content())) {
                    changes = new ArrayList<>(changes);
                    changes.add("content: expected " + mine.content() + " but was " + theirs.content());
                }
                for (String change : changes) {
                    lines.add("changed " + describe(mine.asset()) + ": " + change);
                }
            }
        }
        TreeSet<AssetRef> deleted = new TreeSet<>(tombstones.keySet());
        deleted.addAll(other.tombstones.keySet());
        for (AssetRef ref : deleted) {
            Tombstone mine = tombstones.get(ref);
            Tombstone theirs = other.tombstones.get(ref);
            if (!Objects.equals(mine, theirs)) {
                lines.add("tombstone of " + ref + ": expected " + mine + " but was " + theirs);
            }
        }
        return List.copyOf(lines);
    }

    /**
     * Asserts that a workspace is in the state this snapshot captured.
     *
     * @param current the workspace to capture again and compare
     * @throws AssertionError listing every difference (up to 50, then a count), if any
     */
    public void assertUnchanged(Workspace current) {
        List<String> differences = diff(of(current));
        if (!differences.isEmpty()) {
            StringBuilder message = new StringBuilder("Workspace ").append(workspace).append(" changed since the snapshot (")
                    .append(differences.size()).append(" difference(s)):");
            differences.stream().limit(LISTED).forEach(line -> message.append("\n  - ").append(line));
            if (differences.size() > LISTED) {
                message.append("\n  … and ").append(differences.size() - LISTED).append(" more");
            }
            throw new AssertionError(message.toString());
        }
    }

    /**
     * Tells whether another snapshot captured the same state.
     *
     * @param other the other object
     * @return {@code true} for a snapshot with no {@linkplain #diff differences}
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WorkspaceSnapshot that && assets.equals(that.assets) && tombstones.equals(that.tombstones);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assets, tombstones);
    }

    /** Returns the workspace, the number of assets and of tombstones. */
    @Override
    public String toString() {
        return "WorkspaceSnapshot[" + workspace + ": " + assets.size() + " assets, " + tombstones.size() + " tombstones]";
    }

    private static String describe(Asset asset) {
        return asset.ref() + " (" + asset.meta().path() + ")";
    }
}
