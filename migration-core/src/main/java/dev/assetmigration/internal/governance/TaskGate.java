package dev.assetmigration.internal.governance;

import dev.assetmigration.governance.AccessDeniedException;
import dev.assetmigration.governance.Operation;
import dev.assetmigration.governance.Role;
import dev.assetmigration.governance.TaskKind;
import dev.assetmigration.governance.TaskRecord;
import dev.assetmigration.governance.TaskStatus;
import dev.assetmigration.quota.PackageSource;
import dev.assetmigration.quota.QuotaGuard;
import dev.assetmigration.quota.Reservation;
import dev.assetmigration.quota.TenantId;
import dev.assetmigration.spi.WorkspaceInfo;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Wraps one export or import in the host's governance: checks access before anything is read
 * or written, reserves and confirms the export quota, enforces edition rules, and records the
 * task. Without a session (the trusted in-process mode of the static {@code Migration} entry
 * points) every check passes and nothing is recorded.
 */
public final class TaskGate {

    /** What a finished task reports to the history. */
    public record Summary(@Nullable String packageId, long packageBytes, Map<String, Long> counts) {
    }

    private final @Nullable Session session;
    private final TaskKind kind;
    private final WorkspaceInfo workspace;

    private TaskGate(@Nullable Session session, TaskKind kind, WorkspaceInfo workspace) {
        this.session = session;
        this.kind = kind;
        this.workspace = workspace;
    }

    /**
     * A gate for one task.
     *
     * @param session the acting session, or {@code null} in trusted mode
     * @param kind export or import
     * @param workspace the workspace read or written
     * @return the gate
     */
    public static TaskGate of(@Nullable Session session, TaskKind kind, WorkspaceInfo workspace) {
        return new TaskGate(session, kind, workspace);
    }

    /**
     * Checks that the principal may perform the task.
     *
     * @throws AccessDeniedException if not
     */
    public void authorize() {
        if (session == null) {
            return;
        }
        Operation operation = kind == TaskKind.EXPORT ? Operation.EXPORT : Operation.IMPORT;
        Role role = session.governance().accessPolicy().roleOf(session.principal(), workspace).orElse(null);
        if (role == null || !operation.allowedFor(role)) {
            throw new AccessDeniedException(session.principal(), workspace, operation, role);
        }
    }

    /**
     * Checks the edition rules for a package about to be imported.
     *
     * @param source the package's source and size
     */
    public void checkImportSource(PackageSource source) {
        quota().ifPresent(guard -> guard.checkImportSource(source));
    }

    /** Checks that the edition allows automatic deploy. */
    public void checkAutoDeploy() {
        quota().ifPresent(QuotaGuard::checkAutoDeploy);
    }

    private Optional<QuotaGuard> quota() {
        return session == null ? Optional.empty() : session.governance().quotaGuard();
    }

    /**
     * Runs the task: authorizes, reserves an export package for exports, records the task as
     * running, runs it, then confirms the reservation and records success — or releases it and
     * records the failure.
     *
     * @param work the task
     * @param summary what to record of its result
     * @param <T> the result type
     * @return the result
     */
    public <T> T run(Supplier<T> work, Function<T, Summary> summary) {
        authorize();
        if (session == null) {
            return work.get();
        }
        var governance = session.governance();
        Reservation reservation = kind == TaskKind.EXPORT
                ? quota().map(guard -> guard.reserveExport(TenantId.of(workspace.account()))).orElse(null)
                : null;
        TaskRecord record = new TaskRecord(UUID.randomUUID().toString(), kind, TaskStatus.RUNNING, session.principal(),
                workspace, governance.clock().instant(), null, null, 0, Map.of(), null);
        governance.history().save(record);
        try {
            T result = work.get();
            if (reservation != null) {
                reservation.confirm();
            }
            Summary done = summary.apply(result);
            governance.history().save(record.ended(TaskStatus.SUCCEEDED, governance.clock().instant(), done.packageId(),
                    done.packageBytes(), done.counts(), null));
            return result;
        } catch (RuntimeException | Error failure) {
            if (reservation != null) {
                reservation.release();
            }
            governance.history().save(record.ended(TaskStatus.FAILED, governance.clock().instant(), null, 0, Map.of(),
                    String.valueOf(failure.getMessage())));
            throw failure;
        }
    }
}
