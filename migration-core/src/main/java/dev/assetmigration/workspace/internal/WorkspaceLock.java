package dev.assetmigration.workspace.internal;

import dev.assetmigration.error.ProviderException;
import dev.assetmigration.workspace.LockHolder;
import dev.assetmigration.workspace.WorkspaceLockedException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's exclusive lock: an operating-system file lock on {@code .migration/lock},
 * whose content names the holder (pid, host, time, operation) so a refused contender can say
 * who holds it. The lock is taken on a byte range beyond the content, so the content stays
 * readable on platforms with mandatory locks. The operating system releases the lock when the
 * holder's process dies, so a crash never leaves a stale lock.
 */
public final class WorkspaceLock implements AutoCloseable {

    private static final long LOCKED_POSITION = Long.MAX_VALUE - 1;

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock at once or fails.
     *
     * @param workspace the workspace directory, for messages
     * @param lockFile the lock file
     * @param operation what the holder is about to do
     * @param now the time to record
     * @return the held lock
     * @throws WorkspaceLockedException if another holder has it
     */
    public static WorkspaceLock acquire(Path workspace, Path lockFile, String operation, Instant now) {
        FileChannel channel = null;
        try {
            Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new WorkspaceLockedException(workspace, holder(lockFile));
            }
            Map<String, String> content = new LinkedHashMap<>();
            content.put("pid", Long.toString(ProcessHandle.current().pid()));
            content.put("host", hostName());
            content.put("since", now.toString());
            content.put("operation", operation);
            channel.truncate(0);
            ByteBuffer bytes = ByteBuffer.wrap((FlatJson.write(content) + "\n").getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes, bytes.position());
            }
            return new WorkspaceLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ProviderException(null, "Cannot lock directory workspace " + workspace + " through " + lockFile
                    + ": " + e.getMessage() + "; check that the directory is writable.", e);
        }
    }

    /**
     * Reads who holds a lock, from the lock file's content.
     *
     * @param lockFile the lock file
     * @return the holder, or {@code null} if the file is empty or unreadable
     */
    public static @Nullable LockHolder holder(Path lockFile) {
        try {
            String text = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            Map<String, String> fields = text.isEmpty() ? null : FlatJson.read(text);
            if (fields == null) {
                return null;
            }
            return new LockHolder(Long.parseLong(fields.getOrDefault("pid", "-1")), fields.getOrDefault("host", "?"),
                    Instant.parse(fields.getOrDefault("since", Instant.EPOCH.toString())), fields.getOrDefault("operation", "?"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Clears the holder's name and releases the lock. */
    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            // The lock goes with the channel below.
        } finally {
            closeQuietly(channel);
        }
    }

    private static String hostName() {
        return Host.NAME;
    }

    /** Looks the host name up once, on first use. */
    private static final class Host {
        static final String NAME = lookUp();

        private static String lookUp() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "unknown-host";
            }
        }
    }

    private static void closeQuietly(@Nullable FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing more to release.
            }
        }
    }
}
