package dev.assetmigration.internal.imports;

import dev.assetmigration.error.MigrationException;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.Content;
import dev.assetmigration.model.Resource;
import dev.assetmigration.spi.AssetProvider;
import dev.assetmigration.spi.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an import is about to write, so that it can be undone in reverse order when a write
 * fails: created assets are found by folder and name and deleted, overwritten and deleted ones
 * are restored from the copy taken before the write. Entries are recorded before each write, so
 * a write that landed but reported failure is undone too. Resource bytes of those copies are spooled to temporary files, since the
 * target's own storage of them is about to change.
 */
final class UndoLog implements AutoCloseable {

    private sealed interface Entry {
        AssetRef ref();
    }

    /**
     * Recorded before a create. If the create call fails, it may still have landed: the asset is
     * then found again by folder and name.
     */
    private record Creating(AssetRef ref, String folder, String name) implements Entry {
    }

    /** A create that returned: undone by the id it returned. */
    private record Created(AssetRef ref) implements Entry {
    }

    private record Replaced(AssetRef ref, Asset prior) implements Entry {
    }

    private record Deleted(AssetRef ref, Asset prior) implements Entry {
    }

    private final Workspace target;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private Path spool;

    UndoLog(Workspace target) {
        this.target = target;
    }

    /** Records a create about to happen; undone even if the create landed but reported failure. */
    void creating(Asset asset) {
        entries.push(new Creating(asset.ref(), asset.folder(), asset.name()));
    }

    /** Records that the create recorded last returned, with the id the target gave the asset. */
    void created(AssetRef stored) {
        if (entries.peek() instanceof Creating) {
            entries.pop();
        }
        entries.push(new Created(stored));
    }

    /** Records the state of an asset about to be overwritten. */
    void replacing(Asset prior) {
        entries.push(new Replaced(prior.ref(), keep(prior)));
    }

    /** Records the state of an asset about to be deleted. */
    void deleting(Asset prior) {
        entries.push(new Deleted(prior.ref(), keep(prior)));
    }

    /**
     * Undoes every recorded write, newest first; keeps going past failures.
     *
     * @return what could not be restored, with why
     */
    List<String> undo() {
        List<String> failed = new ArrayList<>();
        while (!entries.isEmpty()) {
            Entry entry = entries.pop();
            try {
                undo(entry, target.provider(entry.ref().type()));
            } catch (RuntimeException e) {
                failed.add(entry.ref() + " (" + e.getMessage() + ")");
            }
        }
        return failed;
    }

    private static void undo(Entry entry, AssetProvider provider) {
        if (entry instanceof Created created) {
            provider.delete(created.ref().id());
        } else if (entry instanceof Creating creating) {
            provider.findByName(creating.folder(), creating.name()).ifPresent(created -> provider.delete(created.id()));
        } else if (entry instanceof Replaced replaced) {
            provider.update(replaced.prior());
        } else if (entry instanceof Deleted deleted && provider.findById(deleted.ref().id()).isEmpty()) {
            provider.create(deleted.prior());
        }
    }

    private Asset keep(Asset prior) {
        if (!(prior instanceof Resource resource)) {
            return prior;
        }
        try {
            if (spool == null) {
                spool = Files.createTempDirectory("asset-migration-undo-");
            }
            Path copy = Files.createTempFile(spool, "resource-", ".bin");
            try (InputStream in = resource.content().open()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return resource.withContent(Content.ofPath(copy));
        } catch (IOException | UncheckedIOException e) {
            throw new MigrationException("AM-IMP-003", "Cannot keep a copy of " + prior.ref() + " before overwriting it: "
                    + e.getMessage() + "; free space in the temporary directory and import again.", e);
        }
    }

    /** Deletes the spooled copies. */
    @Override
    public void close() {
        if (spool == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(spool)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Left-over temporary files are harmless; the OS cleans its temporary directory.
        }
    }
}
