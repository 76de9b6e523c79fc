package dev.assetmigration.internal.governance;

import dev.assetmigration.governance.TaskHistory;
import dev.assetmigration.governance.TaskPage;
import dev.assetmigration.governance.TaskQuery;
import dev.assetmigration.governance.TaskRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link TaskHistory} in a concurrent map; queries sort what matches. */
public final class InMemoryTaskHistory implements TaskHistory {

    private static final Comparator<TaskRecord> NEWEST_FIRST =
            Comparator.comparing(TaskRecord::startedAt).reversed().thenComparing(TaskRecord::id);

    private final ConcurrentHashMap<String, TaskRecord> tasks = new ConcurrentHashMap<>();

    /** Creates an empty history. */
    public InMemoryTaskHistory() {
    }

    @Override
    public void save(TaskRecord task) {
        tasks.put(task.id(), task);
    }

    @Override
    public Optional<TaskRecord> find(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    @Override
    public TaskPage query(TaskQuery query) {
        List<TaskRecord> matching = tasks.values().stream().filter(query::matches).sorted(NEWEST_FIRST).toList();
        int from = Math.min(query.offset(), matching.size());
        int to = Math.min(from + query.limit(), matching.size());
        return new TaskPage(matching.subList(from, to), matching.size());
    }
}
