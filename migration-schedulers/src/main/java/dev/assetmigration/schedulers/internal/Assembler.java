package dev.assetmigration.schedulers.internal;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetMeta;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.AutoTriggeredTask;
import dev.assetmigration.model.LifecycleState;
import dev.assetmigration.model.ManuallyTriggeredTask;
import dev.assetmigration.model.RerunPolicy;
import dev.assetmigration.model.Resource;
import dev.assetmigration.model.TaskDefinition;
import dev.assetmigration.schedulers.ConversionOptions;
import dev.assetmigration.schedulers.ConversionReport;
import dev.assetmigration.schedulers.ConversionReport.Item;
import dev.assetmigration.schedulers.ConversionReport.Outcome;
import dev.assetmigration.schedulers.DependencyCycleException;
import dev.assetmigration.schedulers.MalformedSourceException;
import dev.assetmigration.schedulers.SourceLimitException;
import dev.assetmigration.schedulers.SourceLocation;
import dev.assetmigration.spi.WorkspaceInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where drafts become assets and report items, shared by the three readers: it
 * enforces the node limit, unique folder + name pairs and acyclic dependencies, derives stable
 * ids, and keeps report items in source order.
 */
final class Assembler {

    private final String scheduler;
    private final SourceTree tree;
    private final ConversionOptions options;
    private final Map<String, TaskDraft> tasks = new LinkedHashMap<>();
    private final Map<String, ResourceDraft> resources = new LinkedHashMap<>();
    /** Report entries in source order: a TaskDraft, a ResourceDraft or an Item. */
    private final List<Object> order = new ArrayList<>();
    private final Map<String, SourceLocation> resourceLocations = new HashMap<>();

    Assembler(String scheduler, SourceTree tree, ConversionOptions options) {
        this.scheduler = scheduler;
        this.tree = tree;
        this.options = options;
    }

    static String key(String folder, String name) {
        return folder + "\u0000" + name;
    }

    ConversionOptions options() {
        return options;
    }

    SourceTree tree() {
        return tree;
    }

    /**
     * Registers a new task draft.
     *
     * @throws MalformedSourceException if the folder already has a task of that name
     * @throws SourceLimitException if the node limit is exceeded
     */
    TaskDraft task(String folder, String name, String kind, SourceLocation location) {
        TaskDraft draft = new TaskDraft(folder, name, kind, location);
        if (tasks.containsKey(draft.key)) {
            throw new MalformedSourceException(location, kind + " '" + name + "' is defined twice in "
                    + (folder.isEmpty() ? "the root" : folder) + " (first at " + tasks.get(draft.key).location + ")", null);
        }
        if (tasks.size() >= options.maxNodes()) {
            throw new SourceLimitException(location, "maxNodes", options.maxNodes(), tasks.size() + 1L);
        }
        tasks.put(draft.key, draft);
        order.add(draft);
        return draft;
    }

    Optional<TaskDraft> findTask(String key) {
        return Optional.ofNullable(tasks.get(key));
    }

    /**
     * Registers the file at a relative path as a resource once and returns its key.
     */
    String resource(String relative, String folder, SourceLocation referencedAt) {
        String path = SourceTree.normalise(relative);
        if (!resources.containsKey(path)) {
            int slash = path.lastIndexOf('/');
            String fileName = Names.clean(path.substring(slash + 1));
            ResourceDraft draft = new ResourceDraft(path, folder, fileName, ResourceDraft.kindOf(fileName),
                    tree.content(path), tree.modifiedAt(path));
            resources.put(path, draft);
            resourceLocations.put(path, referencedAt);
            order.add(draft);
        }
        return path;
    }

    boolean hasResource(String relative) {
        return resources.containsKey(SourceTree.normalise(relative));
    }

    /** Adds a report item that produced no asset (an unsupported element, a failed schedule). */
    void item(String name, String kind, SourceLocation location, Outcome outcome, List<String> notes) {
        order.add(new Item(name, kind, location, outcome, null, notes));
    }

    Conversion finish(WorkspaceInfo info) {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        tasks.values().forEach(t -> edges.put(t.key, List.copyOf(t.upstream)));
        Graphs.findCycle(tasks.keySet(), edges).ifPresent(cycle -> {
            throw new DependencyCycleException(tasks.get(cycle.get(0)).location,
                    cycle.stream().map(k -> tasks.get(k).name).toList());
        });
        Map<String, AssetRef> refs = new HashMap<>();
        tasks.values().forEach(t -> refs.put(t.key, new AssetRef(t.schedule != null
                ? AssetType.AUTO_TRIGGERED_TASK : AssetType.MANUALLY_TRIGGERED_TASK, Names.id(t.folder, t.name))));
        resources.values().forEach(r -> refs.put("res:" + r.key(), new AssetRef(AssetType.RESOURCE,
                Names.id(r.folder(), r.name()))));
        Map<String, String> resourcePaths = new HashMap<>();
        for (ResourceDraft r : resources.values()) {
            String previous = resourcePaths.put(r.folder() + "/" + r.name(), r.key());
            if (previous != null) {
                throw new MalformedSourceException(resourceLocations.get(r.key()), "files '" + previous + "' and '"
                        + r.key() + "' would both become resource " + r.folder() + "/" + r.name(), null);
            }
        }
        List<Asset> assets = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (Object entry : order) {
            if (entry instanceof TaskDraft t) {
                List<AssetRef> deps = new ArrayList<>();
                t.upstream.forEach(k -> deps.add(refs.get(k)));
                t.resources.forEach(k -> deps.add(refs.get("res:" + k)));
                AssetRef ref = refs.get(t.key);
                AssetMeta meta = new AssetMeta(ref.id(), t.name, t.folder, t.owner, t.modifiedAt,
                        LifecycleState.UNKNOWN, deps, t.extensions);
                TaskDefinition definition = new TaskDefinition(t.nodeType, t.code, t.parameters,
                        RerunPolicy.ALWAYS, t.retries, null, null, null);
                assets.add(t.schedule != null ? new AutoTriggeredTask(meta, definition, t.schedule)
                        : new ManuallyTriggeredTask(meta, definition));
                items.add(new Item(t.name, t.kind, t.location, t.outcome, ref, t.notes));
            } else if (entry instanceof ResourceDraft r) {
                AssetRef ref = refs.get("res:" + r.key());
                AssetMeta meta = AssetMeta.of(ref.id(), r.name()).withFolder(r.folder()).withModifiedAt(r.modifiedAt())
                        .withExtensions(Map.of(scheduler + ".path", r.key()));
                assets.add(new Resource(meta, r.kind(), r.name(), r.content()));
                items.add(new Item(r.key(), "file", SourceLocation.ofFile(r.key()), Outcome.CONVERTED, ref, List.of()));
            } else {
                items.add((Item) entry);
            }
        }
        return new Conversion(info, assets, new ConversionReport(scheduler, tree.display(), items));
    }

    static WorkspaceInfo info(String scheduler, String name) {
        return new WorkspaceInfo(scheduler, "scheduler-import", "local", scheduler + "/" + name);
    }
}
