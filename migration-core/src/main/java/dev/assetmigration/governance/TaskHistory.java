package dev.assetmigration.governance;

import dev.assetmigration.internal.governance.InMemoryTaskHistory;
import java.util.Optional;

/**
 * Stores the record of every export and import; the host implements it over its own database,
 * or uses {@link #inMemory()}. Implementations are thread-safe.
 */
public interface TaskHistory {

    /**
     * Stores a record, replacing any earlier record with the same id.
     *
     * @param task the record
     */
    void save(TaskRecord task);

    /**
     * Finds a record by id.
     *
     * @param id the task id
     * @return the record
     */
    Optional<TaskRecord> find(String id);

    /**
     * Lists records, newest first.
     *
     * @param query the criteria and page
     * @return the page
     */
    TaskPage query(TaskQuery query);

    /**
     * A thread-safe history held in memory.
     *
     * @return a new, empty history
     */
    static TaskHistory inMemory() {
        return new InMemoryTaskHistory();
    }
}
