package dev.assetmigration.governance;

import dev.assetmigration.spi.WorkspaceInfo;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One export or import, as the task history keeps it.
 *
 * @param id the task id
 * @param kind export or import
 * @param status where it stands
 * @param principal who ran it
 * @param workspace the workspace exported from or imported into
 * @param startedAt when it started
 * @param endedAt when it ended, or {@code null} while it runs
 * @param packageId the package written or read, when known
 * @param packageBytes the package size, zero when unknown
 * @param counts what it did: assets per type for exports, items per outcome for imports
 * @param failureMessage why it failed, for {@link TaskStatus#FAILED}
 */
public record TaskRecord(
        String id,
        TaskKind kind,
        TaskStatus status,
        Principal principal,
        WorkspaceInfo workspace,
        Instant startedAt,
        @Nullable Instant endedAt,
        @Nullable String packageId,
        long packageBytes,
        Map<String, Long> counts,
        @Nullable String failureMessage) {

    /** Copies and sorts the counts. */
    public TaskRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(startedAt, "startedAt");
        counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /**
     * Returns the record of a task that ended.
     *
     * @param finalStatus SUCCEEDED or FAILED
     * @param at when it ended
     * @param pkgId the package id, or {@code null}
     * @param bytes the package size
     * @param finalCounts what it did
     * @param failure why it failed, or {@code null}
     * @return the ended record
     */
    public TaskRecord ended(TaskStatus finalStatus, Instant at, @Nullable String pkgId, long bytes,
            Map<String, Long> finalCounts, @Nullable String failure) {
        return new TaskRecord(id, kind, finalStatus, principal, workspace, startedAt, at, pkgId, bytes, finalCounts, failure);
    }
}
