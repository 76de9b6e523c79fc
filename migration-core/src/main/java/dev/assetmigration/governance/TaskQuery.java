package dev.assetmigration.governance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which task records to list: every set criterion narrows the result. Results are ordered by
 * start time, newest first, then by id.
 *
 * @param workspace only tasks of this workspace name, or {@code null} for all
 * @param kind only this kind, or {@code null}
 * @param status only this status, or {@code null}
 * @param from only tasks started at or after this instant, or {@code null}
 * @param to only tasks started before this instant, or {@code null}
 * @param offset how many matching records to skip
 * @param limit how many to return at most, 1 to 1000
 */
public record TaskQuery(@Nullable String workspace, @Nullable TaskKind kind, @Nullable TaskStatus status,
        @Nullable Instant from, @Nullable Instant to, int offset, int limit) {

    /**
     * Creates a query.
     *
     * @throws IllegalArgumentException if offset is negative or limit outside 1..1000
     */
    public TaskQuery {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1..1000, got " + offset + " and " + limit);
        }
    }

    /**
     * The first 100 tasks of every workspace.
     *
     * @return the query
     */
    public static TaskQuery all() {
        return new TaskQuery(null, null, null, null, null, 0, 100);
    }

    /**
     * Returns a copy restricted to one workspace.
     *
     * @param name the workspace name
     * @return the copy
     */
    public TaskQuery inWorkspace(String name) {
        return new TaskQuery(name, kind, status, from, to, offset, limit);
    }

    /**
     * Returns a copy restricted to one kind.
     *
     * @param taskKind the kind
     * @return the copy
     */
    public TaskQuery ofKind(TaskKind taskKind) {
        return new TaskQuery(workspace, taskKind, status, from, to, offset, limit);
    }

    /**
     * Returns a copy restricted to one status.
     *
     * @param taskStatus the status
     * @return the copy
     */
    public TaskQuery withStatus(TaskStatus taskStatus) {
        return new TaskQuery(workspace, kind, taskStatus, from, to, offset, limit);
    }

    /**
     * Returns a copy restricted to a time range.
     *
     * @param start inclusive, or {@code null}
     * @param end exclusive, or {@code null}
     * @return the copy
     */
    public TaskQuery between(@Nullable Instant start, @Nullable Instant end) {
        return new TaskQuery(workspace, kind, status, start, end, offset, limit);
    }

    /**
     * Returns a copy for another page.
     *
     * @param skip how many to skip
     * @param max how many to return at most
     * @return the copy
     */
    public TaskQuery page(int skip, int max) {
        return new TaskQuery(workspace, kind, status, from, to, skip, max);
    }

    /**
     * Tells whether a record matches every criterion (paging aside).
     *
     * @param task the record
     * @return {@code true} if it matches
     */
    public boolean matches(TaskRecord task) {
        return (workspace == null || workspace.equals(task.workspace().workspace()))
                && (kind == null || kind == task.kind())
                && (status == null || status == task.status())
                && (from == null || !task.startedAt().isBefore(from))
                && (to == null || task.startedAt().isBefore(to));
    }
}
