package dev.assetmigration.internal.export;

import dev.assetmigration.ProgressEvent;
import dev.assetmigration.error.MigrationException;
import dev.assetmigration.export.DependencyMode;
import dev.assetmigration.export.ExportPlan;
import dev.assetmigration.export.ExportPlan.PlannedAsset;
import dev.assetmigration.export.ExportReport;
import dev.assetmigration.export.MigrationPackage;
import dev.assetmigration.export.MissingDependency;
import dev.assetmigration.export.MissingDependencyException;
import dev.assetmigration.export.Selector;
import dev.assetmigration.pkg.UnsupportedAsset;
import dev.assetmigration.governance.TaskKind;
import dev.assetmigration.internal.governance.TaskGate;
import dev.assetmigration.internal.graph.DependencyGraph;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.pkg.ExportMode;
import dev.assetmigration.pkg.Manifest;
import dev.assetmigration.pkg.PackageHeader;
import dev.assetmigration.pkg.PackageWriter;
import dev.assetmigration.spi.AssetQuery;
import dev.assetmigration.spi.Tombstone;
import dev.assetmigration.spi.Tombstones;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.validation.DependencyCycleException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Runs one export: resolves the selection, streams the assets of each type from the source into
 * a sink (a package writer, or a plan), then records external references, missing
 * dependencies, cycles and tombstones.
 *
 * <p>Memory: assets stream one at a time; only references (type + id) of what was written and
 * referenced are kept, plus the task-to-task edges needed to detect cycles.
 */
final class ExportEngine {

    /** Where the engine puts what it finds. */
    private interface Sink {
        void asset(Asset asset);

        void unsupported(UnsupportedAsset asset);

        void external(AssetRef ref, String name, String folder);

        void tombstone(Tombstone tombstone);
    }

    /** The manifest (when a package was written) and the report. */
    record Result(@Nullable Manifest manifest, ExportReport report) {
    }

    private final ExportSpec spec;
    private final Workspace source;

    ExportEngine(ExportSpec spec) {
        this.spec = spec;
        this.source = spec.source();
    }

    private TaskGate gate() {
        return TaskGate.of(spec.session(), TaskKind.EXPORT, source.info());
    }

    private static TaskGate.Summary summary(ExportReport report) {
        Map<String, Long> counts = new LinkedHashMap<>();
        report.exported().forEach((type, count) -> counts.put(type.name(), count));
        return new TaskGate.Summary(report.packageId(), report.packageBytes(), counts);
    }

    ExportPlan plan() {
        gate().authorize();
        List<PlannedAsset> assets = new ArrayList<>();
        List<PlannedAsset> external = new ArrayList<>();
        ExportReport report = run(new Sink() {
            @Override
            public void asset(Asset asset) {
                assets.add(planned(asset));
            }

            @Override
            public void unsupported(UnsupportedAsset asset) {
            }

            @Override
            public void external(AssetRef ref, String name, String folder) {
                external.add(new PlannedAsset(ref, name, folder));
            }

            @Override
            public void tombstone(Tombstone tombstone) {
            }
        }, null);
        return new ExportPlan(assets, external, report);
    }

    private static PlannedAsset planned(Asset asset) {
        return new PlannedAsset(asset.ref(), asset.name(), asset.folder());
    }

    MigrationPackage toTemporaryPackage() {
        return gate().run(this::writeTemporaryPackage, pkg -> summary(pkg.report()));
    }

    ExportReport toFile(Path target) {
        return gate().run(() -> writeFile(target), ExportEngine::summary);
    }

    ExportReport toStream(OutputStream out) {
        return gate().run(() -> write(out).report(), ExportEngine::summary);
    }

    private MigrationPackage writeTemporaryPackage() {
        Path file = createTemp(null);
        try {
            Result result = writeTo(file);
            return new MigrationPackage(file, result.manifest(), result.report());
        } catch (RuntimeException e) {
            deleteQuietly(file, e);
            throw e;
        }
    }

    private ExportReport writeFile(Path target) {
        Path absolute = target.toAbsolutePath();
        Path partial = createTemp(absolute.getParent());
        try {
            ExportReport report = writeTo(partial).report();
            try {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new MigrationException("AM-EXP-004", "Cannot move the finished package to " + absolute + ": "
                        + e.getMessage() + "; check that the directory is writable.", e);
            }
            return report;
        } catch (RuntimeException e) {
            deleteQuietly(partial, e);
            throw e;
        }
    }

    private Result writeTo(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            Result result = write(out);
            return new Result(result.manifest(), withSize(result.report(), Files.size(file)));
        } catch (IOException e) {
            throw new MigrationException("AM-EXP-004", "Cannot write package file " + file + ": " + e.getMessage()
                    + "; check free disk space and permissions.", e);
        }
    }

    private Result write(OutputStream out) {
        Instant createdAt = spec.clock().instant();
        boolean deletionsCovered = deletions().isPresent();
        PackageHeader header = new PackageHeader(spec.mode(), spec.since(),
                spec.sourceInfo() != null ? spec.sourceInfo() : source.info(), createdAt, deletionsCovered);
        // The writer never closes the caller's stream.
        try (PackageWriter writer = PackageWriter.open(out, header)) {
            ExportReport report = run(new Sink() {
                @Override
                public void asset(Asset asset) {
                    writer.write(asset);
                }

                @Override
                public void unsupported(UnsupportedAsset asset) {
                    writer.addUnsupported(asset.ref(), asset.name(), asset.folder(), asset.reason());
                }

                @Override
                public void external(AssetRef ref, String name, String folder) {
                    writer.addExternal(ref, name, folder);
                }

                @Override
                public void tombstone(Tombstone tombstone) {
                    writer.addTombstone(tombstone);
                }
            }, writer);
            Manifest manifest = writer.finish();
            return new Result(manifest, withPackage(report, manifest));
        }
    }

    private ExportReport run(Sink sink, @Nullable PackageWriter writer) {
        long startNanos = System.nanoTime();
        spec.progress().onEvent(new ProgressEvent.Started("export", OptionalLong.empty()));
        Counters counters = new Counters();
        boolean succeeded = false;
        try {
            List<AssetType> types = spec.effectiveTypes();
            Map<AssetType, Set<String>> selection = spec.mode() == ExportMode.CUSTOM ? resolveSelection(types) : null;
            for (AssetType type : types) {
                AssetQuery query = queryFor(type, selection);
                if (query == null) {
                    continue;
                }
                try (Stream<Asset> assets = source.provider(type).list(query)) {
                    assets.filter(query::matches).filter(this::included).forEach(asset -> export(asset, sink, counters));
                }
            }
            resolveExternals(sink, counters);
            checkCycles(counters);
            deletions().ifPresent(t -> {
                try (Stream<Tombstone> deleted = t.deletedSince(spec.since())) {
                    deleted.filter(d -> types.contains(d.asset().type())).forEach(d -> {
                        sink.tombstone(d);
                        counters.tombstones++;
                    });
                }
            });
            succeeded = true;
            return counters.report(spec, Duration.ofNanos(System.nanoTime() - startNanos), deletions().isPresent());
        } finally {
            spec.progress().onEvent(new ProgressEvent.Finished(counters.done,
                    Duration.ofNanos(System.nanoTime() - startNanos), succeeded));
        }
    }

    /** Where an incremental export takes its deletions from; empty for other modes or without the capability. */
    private Optional<Tombstones> deletions() {
        return spec.mode() == ExportMode.INCREMENTAL ? source.capability(Tombstones.class) : Optional.empty();
    }

    private @Nullable AssetQuery queryFor(AssetType type, @Nullable Map<AssetType, Set<String>> selection) {
        AssetQuery query = AssetQuery.all().withTypes(type);
        if (spec.mode() == ExportMode.INCREMENTAL) {
            query = query.withModifiedAfter(spec.since());
        }
        if (selection != null) {
            Set<String> ids = selection.get(type);
            if (ids == null || ids.isEmpty()) {
                return null;
            }
            query = query.withIds(ids);
        }
        return query;
    }

    private boolean included(Asset asset) {
        return (spec.lifecycle().isEmpty() || spec.lifecycle().contains(asset.meta().lifecycle()))
                && spec.exclusions().stream().noneMatch(s -> s.matches(asset));
    }

    private void export(Asset asset, Sink sink, Counters counters) {
        Optional<String> unsupported = asset.unsupportedReason();
        if (unsupported.isPresent()) {
            UnsupportedAsset left = new UnsupportedAsset(asset.ref(), asset.name(), asset.folder(), unsupported.get());
            sink.unsupported(left);
            counters.unsupported.add(left);
            counters.unsupportedRefs.add(asset.ref());
        } else {
            sink.asset(asset);
            counters.written.add(asset.ref());
            counters.exported.merge(asset.type(), 1L, Long::sum);
            Instant modified = asset.meta().modifiedAt();
            if (counters.highWaterMark == null || modified.isAfter(counters.highWaterMark)) {
                counters.highWaterMark = modified;
            }
        }
        for (AssetRef dependency : asset.meta().dependencies()) {
            counters.referenced.putIfAbsent(dependency, asset.ref());
        }
        if (asset.type().isTask()) {
            counters.taskEdges.add(asset.ref(), asset.meta().dependencies().stream()
                    .filter(d -> d.type().isTask()).toList());
        }
        counters.done++;
        spec.progress().onEvent(new ProgressEvent.AssetDone(asset.ref(), counters.done));
    }

    /** Every referenced asset that is not in the package becomes a stub, or a missing dependency. */
    private void resolveExternals(Sink sink, Counters counters) {
        for (Map.Entry<AssetRef, AssetRef> reference : counters.referenced.entrySet()) {
            AssetRef target = reference.getKey();
            if (counters.written.contains(target) || counters.unsupportedRefs.contains(target)) {
                continue;
            }
            Optional<Asset> found = find(target);
            if (found.isPresent()) {
                sink.external(found.get().ref(), found.get().name(), found.get().folder());
                counters.external++;
            } else {
                // Recorded as a nameless stub so the package stays self-consistent; an importer
                // cannot resolve it by name and reports it as unresolved.
                sink.external(target, "", "");
                counters.missing.add(new MissingDependency(reference.getValue(), target));
            }
        }
        if (spec.strict() && !counters.missing.isEmpty()) {
            throw new MissingDependencyException(counters.missing);
        }
    }

    private void checkCycles(Counters counters) {
        counters.taskEdges.build().findCycle().ifPresent(cycle -> {
            if (spec.strict()) {
                throw new DependencyCycleException(cycle);
            }
            counters.warnings.add("dependency cycle in the source: " + cycle.stream().map(AssetRef::toString)
                    .collect(Collectors.joining(" -> ")) + " -> " + cycle.get(0));
        });
    }

    private Optional<Asset> find(AssetRef ref) {
        return source.supportedTypes().contains(ref.type())
                ? source.provider(ref.type()).findById(ref.id())
                : Optional.empty();
    }

    /**
     * The ids a custom export writes, per type: what the selectors match, plus the dependency
     * closure when asked for.
     */
    private Map<AssetType, Set<String>> resolveSelection(List<AssetType> types) {
        Set<AssetRef> roots = new LinkedHashSet<>();
        Map<AssetRef, List<AssetRef>> dependencies = new HashMap<>();
        Map<AssetRef, List<AssetRef>> dependents = new HashMap<>();
        boolean downstream = spec.dependencyMode() == DependencyMode.DOWNSTREAM
                || spec.dependencyMode() == DependencyMode.BOTH;
        for (AssetType type : types) {
            if (!selectorsMayMatch(type) && !(downstream && type.isTask())) {
                continue;
            }
            try (Stream<Asset> assets = source.provider(type).list(AssetQuery.all().withTypes(type))) {
                assets.forEach(asset -> {
                    if (spec.selectors().stream().anyMatch(s -> s.matches(asset))) {
                        roots.add(asset.ref());
                    }
                    if (downstream && type.isTask()) {
                        dependencies.put(asset.ref(), asset.meta().dependencies());
                        for (AssetRef upstream : asset.meta().dependencies()) {
                            if (upstream.type().isTask()) {
                                dependents.computeIfAbsent(upstream, k -> new ArrayList<>()).add(asset.ref());
                            }
                        }
                    }
                });
            }
        }
        Set<AssetRef> selected = roots;
        if (spec.dependencyMode() != null) {
            boolean upstream = spec.dependencyMode() != DependencyMode.DOWNSTREAM;
            Set<AssetRef> tasks = DependencyGraph.reach(roots, ref -> {
                if (!ref.type().isTask()) {
                    return List.of();
                }
                List<AssetRef> next = new ArrayList<>();
                if (upstream) {
                    dependenciesOf(ref, dependencies).stream().filter(d -> d.type().isTask()).forEach(next::add);
                }
                if (downstream) {
                    next.addAll(dependents.getOrDefault(ref, List.of()));
                }
                return next;
            }, spec.dependencyDepth());
            selected = DependencyGraph.reach(tasks, ref -> dependenciesOf(ref, dependencies).stream()
                    .filter(d -> !d.type().isTask()).toList(), Integer.MAX_VALUE);
        }
        Map<AssetType, Set<String>> byType = new EnumMap<>(AssetType.class);
        for (AssetRef ref : selected) {
            byType.computeIfAbsent(ref.type(), k -> new HashSet<>()).add(ref.id());
        }
        return byType;
    }

    /** Whether any selector can pick an asset of the type (only asset selectors name one type). */
    private boolean selectorsMayMatch(AssetType type) {
        return spec.selectors().stream().anyMatch(s -> !(s instanceof Selector.ByAsset byAsset) || byAsset.ref().type() == type);
    }

    private Collection<AssetRef> dependenciesOf(AssetRef ref, Map<AssetRef, List<AssetRef>> cache) {
        return cache.computeIfAbsent(ref, r -> find(r).map(a -> a.meta().dependencies()).orElse(List.of()));
    }

    private ExportReport withPackage(ExportReport report, Manifest manifest) {
        return new ExportReport(report.mode(), manifest.packageId().toString(), report.exported(), report.external(),
                report.tombstones(), report.deletionsCovered(), report.highWaterMark(), report.unsupported(),
                report.missingDependencies(), report.warnings(), report.packageBytes(), report.elapsed());
    }

    private static ExportReport withSize(ExportReport report, long bytes) {
        return new ExportReport(report.mode(), report.packageId(), report.exported(), report.external(),
                report.tombstones(), report.deletionsCovered(), report.highWaterMark(), report.unsupported(),
                report.missingDependencies(), report.warnings(), bytes, report.elapsed());
    }

    private static Path createTemp(@Nullable Path directory) {
        try {
            return directory == null
                    ? Files.createTempFile("asset-migration-", ".zip")
                    : Files.createTempFile(directory, ".asset-migration-", ".partial");
        } catch (IOException e) {
            throw new MigrationException("AM-EXP-004", "Cannot create a temporary package file in "
                    + (directory == null ? "the temporary directory" : directory) + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file, RuntimeException failure) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Mutable tallies of one run. */
    private static final class Counters {
        final Map<AssetType, Long> exported = new EnumMap<>(AssetType.class);
        final Set<AssetRef> written = new HashSet<>();
        final Set<AssetRef> unsupportedRefs = new HashSet<>();
        final Map<AssetRef, AssetRef> referenced = new LinkedHashMap<>();
        final List<UnsupportedAsset> unsupported = new ArrayList<>();
        final List<MissingDependency> missing = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final DependencyGraph.Builder taskEdges = DependencyGraph.builder();
        @Nullable Instant highWaterMark;
        long external;
        long tombstones;
        long done;

        ExportReport report(ExportSpec spec, Duration elapsed, boolean deletionsCovered) {
            return new ExportReport(spec.mode(), null, exported, external, tombstones, deletionsCovered,
                    highWaterMark, unsupported, missing, warnings, 0, elapsed);
        }
    }
}
