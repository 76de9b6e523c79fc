package dev.assetmigration.schedulers.internal;

import dev.assetmigration.model.NodeType;
import dev.assetmigration.model.Schedule;
import dev.assetmigration.schedulers.ConversionReport.Outcome;
import dev.assetmigration.schedulers.SourceLocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A task being converted: filled in by a reader, turned into an immutable task by the
 * {@link Assembler}. Upstream tasks and resources are referenced by draft key.
 */
final class TaskDraft {

    final String key;
    final String name;
    final String folder;
    final String kind;
    final SourceLocation location;
    NodeType nodeType = NodeType.VIRTUAL;
    String code = "";
    final Map<String, String> parameters = new TreeMap<>();
    int retries;
    final Map<String, String> extensions = new TreeMap<>();
    final Set<String> upstream = new LinkedHashSet<>();
    final Set<String> resources = new LinkedHashSet<>();
    final List<String> notes = new ArrayList<>();
    Outcome outcome = Outcome.CONVERTED;
    @Nullable Schedule schedule;
    @Nullable String owner;
    Instant modifiedAt = Instant.EPOCH;

    TaskDraft(String folder, String name, String kind, SourceLocation location) {
        this.key = Assembler.key(folder, name);
        this.folder = folder;
        this.name = name;
        this.kind = kind;
        this.location = location;
    }

    /** Marks the draft as having no mapping, keeping it as a placeholder that holds the graph. */
    void unsupported(NodeType placeholder, String reason) {
        nodeType = placeholder;
        outcome = Outcome.UNSUPPORTED;
        notes.add(reason);
        extensions.put("migration.unsupported", reason);
    }
}
