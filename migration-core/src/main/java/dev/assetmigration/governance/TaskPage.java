package dev.assetmigration.governance;

import java.util.List;

/**
 * One page of task records.
 *
 * @param tasks the records of this page, newest first
 * @param total how many records match the query in all
 */
public record TaskPage(List<TaskRecord> tasks, long total) {

    /** Copies the list. */
    public TaskPage {
        tasks = List.copyOf(tasks);
    }
}
