package dev.assetmigration.workspace.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The undo journal that makes a group of file changes all-or-nothing across a crash.
 *
 * <p>Before a file under the workspace root is changed for the first time in a group, the
 * journal copies it to {@code backup-N} (forced to the disk) and then appends an entry line
 * {@code {"n":"N","path":"…","existed":"true|false"}} to {@code entries.jsonl} (forced too);
 * only then does the change happen. Committing deletes {@code entries.jsonl} — that deletion is
 * the commit point — and then the backups. Rolling back, now or when the workspace is next
 * opened after a crash, walks the entries backwards: a file that existed is restored from its
 * backup, a file that did not is deleted. A torn last entry line is ignored: its change had
 * not started.
 */
public final class Journal {

    /** The journal's directory name under {@code .migration/}. */
    public static final String DIRECTORY = "journal";

    private static final String ENTRIES = "entries.jsonl";

    private final Path root;
    private final Path dir;
    private final AtomicFiles files;
    private final AtomicFiles changes;
    private final Set<String> touched = new HashSet<>();
    private final FileChannel entries;
    private int next;

    private Journal(Path root, Path dir, AtomicFiles files, FileChannel entries) {
        this.root = root;
        this.dir = dir;
        this.files = files;
        this.changes = files.deferring();
        this.entries = entries;
    }

    /**
     * Returns the writer for the changes this journal guards: it forces them to the disk only
     * at {@link #commit()}, since until then a crash is undone from the journal.
     *
     * @return the deferring writer
     */
    public AtomicFiles changes() {
        return changes;
    }

    /**
     * Starts a new journal; the caller holds the workspace lock and has recovered any old one.
     *
     * @param root the workspace root
     * @param dir the journal directory, which must not exist
     * @param files the atomic writer
     * @return the open journal
     * @throws IOException if it cannot be created
     */
    public static Journal start(Path root, Path dir, AtomicFiles files) throws IOException {
        Files.createDirectories(dir);
        FileChannel channel = FileChannel.open(dir.resolve(ENTRIES),
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        files.syncDirectory(dir);
        files.syncDirectory(dir.getParent());
        return new Journal(root, dir, files, channel);
    }

    /**
     * Records the state of files before their first change in this group: backups first, then
     * all their entries, forced once.
     *
     * @param paths the files' paths relative to the root, with {@code /} separators
     * @throws IOException if a backup or the entries cannot be written
     */
    public synchronized void beforeChange(Collection<String> paths) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (String path : paths) {
            if (!touched.add(path)) {
                continue;
            }
            Path file = root.resolve(path);
            int n = next++;
            boolean existed = Files.isRegularFile(file);
            if (existed) {
                files.copy(file, dir.resolve("backup-" + n));
            }
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("n", Integer.toString(n));
            entry.put("path", path);
            entry.put("existed", Boolean.toString(existed));
            lines.append(FlatJson.write(entry)).append('\n');
        }
        if (lines.length() == 0) {
            return;
        }
        ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            entries.write(bytes);
        }
        if (files.durable()) {
            entries.force(true);
        }
    }

    /**
     * Records the state of one file before its first change in this group.
     *
     * @param path the file's path relative to the root, with {@code /} separators
     * @throws IOException if the backup or the entry cannot be written
     */
    public void beforeChange(String path) throws IOException {
        beforeChange(List.of(path));
    }

    /**
     * Makes the changes permanent: forces every changed file and directory, deletes the entries
     * (the commit point), then the backups.
     *
     * @throws IOException if the journal cannot be removed
     */
    public synchronized void commit() throws IOException {
        changes.syncPending();
        entries.close();
        files.delete(dir.resolve(ENTRIES));
        removeDirectory(dir, files);
    }

    /**
     * Undoes every recorded change, newest first, then removes the journal.
     *
     * @return the paths restored or deleted
     * @throws IOException if a file cannot be restored; the journal then stays for the next try
     */
    public synchronized List<String> rollback() throws IOException {
        entries.close();
        return undo(root, dir, files);
    }

    /**
     * Rolls back a journal left behind by a crash, if there is one; the caller holds the lock.
     *
     * @param root the workspace root
     * @param dir the journal directory
     * @param files the atomic writer
     * @return the paths restored or deleted; empty if there was nothing to recover
     * @throws IOException if recovery fails; the journal then stays for the next try
     */
    public static List<String> recover(Path root, Path dir, AtomicFiles files) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        return undo(root, dir, files);
    }

    private static List<String> undo(Path root, Path dir, AtomicFiles files) throws IOException {
        Path entriesFile = dir.resolve(ENTRIES);
        List<String> undone = new ArrayList<>();
        if (Files.exists(entriesFile)) {
            List<Map<String, String>> recorded = new ArrayList<>();
            for (String line : Files.readAllLines(entriesFile, StandardCharsets.UTF_8)) {
                Map<String, String> entry = FlatJson.read(line);
                if (entry != null && entry.containsKey("n") && entry.containsKey("path")) {
                    recorded.add(entry);
                }
            }
            Collections.reverse(recorded);
            Set<Path> parents = new HashSet<>();
            for (Map<String, String> entry : recorded) {
                Path file = root.resolve(entry.get("path"));
                if (Boolean.parseBoolean(entry.get("existed"))) {
                    Path backup = dir.resolve("backup-" + entry.get("n"));
                    if (Files.exists(backup)) {
                        files.copy(backup, file);
                    }
                } else {
                    files.delete(file);
                    parents.add(file.getParent());
                }
                undone.add(entry.get("path"));
            }
            for (Path parent : parents) {
                files.pruneEmpty(parent, root.resolve("assets"));
            }
            files.delete(entriesFile);
        }
        removeDirectory(dir, files);
        Collections.reverse(undone);
        return undone;
    }

    private static void removeDirectory(Path dir, AtomicFiles files) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : (Iterable<Path>) children::iterator) {
                Files.deleteIfExists(child);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.deleteIfExists(dir);
        files.syncDirectory(dir.getParent());
    }
}
