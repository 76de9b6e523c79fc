package dev.assetmigration.workspace.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Crash-safe file writes: the bytes go to a temporary file in the target's own directory, are
 * forced to the disk, and the temporary file is then renamed over the target in one atomic step;
 * the directory is forced too, so the rename survives a power cut. A reader therefore sees the
 * old file or the new one, never a half-written one. With durability off the forcing is
 * skipped (tests, throw-away workspaces); the rename stays atomic.
 *
 * <p>A {@linkplain #deferring() deferring} writer, used for the changes an undo journal guards,
 * remembers what it wrote instead of forcing it at once, and forces every file and directory in
 * {@link #syncPending()} just before the journal's commit point: until then a crash is undone
 * from the journal anyway, so forcing each file as it is written would only cost time.
 */
public final class AtomicFiles {

    /** Every temporary file starts with this, so that scans skip and clean them. */
    public static final String TEMP_PREFIX = ".tmp-";

    private final boolean durable;
    private final @Nullable Set<Path> pendingFiles;
    private final @Nullable Set<Path> pendingDirectories;

    /**
     * Creates the writer.
     *
     * @param durable whether to force files and directories to the disk
     */
    public AtomicFiles(boolean durable) {
        this(durable, false);
    }

    private AtomicFiles(boolean durable, boolean deferring) {
        this.durable = durable;
        this.pendingFiles = deferring && durable ? new LinkedHashSet<>() : null;
        this.pendingDirectories = deferring && durable ? new LinkedHashSet<>() : null;
    }

    /**
     * Returns a writer that forces nothing until {@link #syncPending()}.
     *
     * @return a new deferring writer with the same durability
     */
    public AtomicFiles deferring() {
        return new AtomicFiles(durable, true);
    }

    /**
     * Forces every file and directory a deferring writer changed, then forgets them.
     *
     * @throws IOException if one cannot be forced
     */
    public synchronized void syncPending() throws IOException {
        if (pendingFiles == null || pendingDirectories == null) {
            return;
        }
        for (Path file : pendingFiles) {
            if (Files.isRegularFile(file)) {
                forceFile(file);
            }
        }
        pendingFiles.clear();
        for (Path dir : pendingDirectories) {
            if (Files.isDirectory(dir)) {
                forceDirectory(dir);
            }
        }
        pendingDirectories.clear();
    }

    /**
     * Tells whether files are forced to the disk.
     *
     * @return the durability setting
     */
    public boolean durable() {
        return durable;
    }

    /**
     * Replaces (or creates) a file with the bytes of a stream, atomically.
     *
     * @param target the file
     * @param source the new bytes; not closed
     * @return the number of bytes written
     * @throws IOException if the file cannot be written; the target is then unchanged
     */
    public long write(Path target, InputStream source) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(TEMP_PREFIX + target.getFileName() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        long written;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                written = source.transferTo(out);
                out.flush();
                if (durable && pendingFiles == null) {
                    channel.force(true);
                }
            }
            move(temp, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        synchronized (this) {
            if (pendingFiles != null) {
                pendingFiles.add(target.toAbsolutePath());
            }
        }
        syncDirectory(dir);
        return written;
    }

    /**
     * Replaces (or creates) a file with some bytes, atomically.
     *
     * @param target the file
     * @param bytes the new content
     * @throws IOException if the file cannot be written; the target is then unchanged
     */
    public void write(Path target, byte[] bytes) throws IOException {
        write(target, new java.io.ByteArrayInputStream(bytes));
    }

    /**
     * Copies a file to another place, atomically at the destination.
     *
     * @param source the file to copy
     * @param target where the copy goes
     * @throws IOException if it cannot be copied
     */
    public void copy(Path source, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            write(target, in);
        }
    }

    /**
     * Deletes a file if it exists and forces its directory.
     *
     * @param target the file
     * @return whether a file was deleted
     * @throws IOException if it cannot be deleted
     */
    public boolean delete(Path target) throws IOException {
        boolean deleted = Files.deleteIfExists(target);
        if (deleted) {
            syncDirectory(target.toAbsolutePath().getParent());
        }
        return deleted;
    }

    /**
     * Forces a directory's entries (creations, renames, deletions) to the disk. Platforms that
     * cannot open a directory (Windows) make this a no-op.
     *
     * @param dir the directory
     */
    public void syncDirectory(Path dir) {
        if (!durable) {
            return;
        }
        synchronized (this) {
            if (pendingDirectories != null) {
                pendingDirectories.add(dir.toAbsolutePath());
                return;
            }
        }
        forceDirectory(dir);
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can force a directory; the rename itself is still atomic.
        }
    }

    private static void forceFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms force only files opened for writing.
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
    }

    /**
     * Removes empty directories from {@code dir} upwards, stopping at (and keeping) {@code stop}.
     *
     * @param dir the directory where removal starts
     * @param stop an ancestor of {@code dir} that is never removed
     * @throws IOException if a directory cannot be read or removed
     */
    public void pruneEmpty(Path dir, Path stop) throws IOException {
        Path current = dir;
        while (current != null && !current.equals(stop) && current.startsWith(stop) && Files.isDirectory(current)) {
            try (DirectoryStream<Path> children = Files.newDirectoryStream(current)) {
                if (children.iterator().hasNext()) {
                    return;
                }
            }
            Files.delete(current);
            syncDirectory(current.getParent());
            current = current.getParent();
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
