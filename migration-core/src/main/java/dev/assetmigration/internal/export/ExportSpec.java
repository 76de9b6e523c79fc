package dev.assetmigration.internal.export;

import dev.assetmigration.ProgressListener;
import dev.assetmigration.export.DependencyMode;
import dev.assetmigration.export.Selector;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.LifecycleState;
import dev.assetmigration.pkg.ExportMode;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.spi.WorkspaceInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything an export stage has been told, as one immutable value. Each stage method returns a
 * stage over a modified copy.
 */
record ExportSpec(
        Workspace source,
        ExportMode mode,
        @Nullable Instant since,
        Set<AssetType> types,
        Set<LifecycleState> lifecycle,
        List<Selector> selectors,
        List<Selector> exclusions,
        @Nullable DependencyMode dependencyMode,
        int dependencyDepth,
        @Nullable WorkspaceInfo sourceInfo,
        ProgressListener progress,
        Clock clock,
        boolean strict) {

    ExportSpec {
        types = Set.copyOf(types);
        lifecycle = Set.copyOf(lifecycle);
        selectors = List.copyOf(selectors);
        exclusions = List.copyOf(exclusions);
    }

    static ExportSpec of(Workspace source, ExportMode mode, @Nullable Instant since) {
        return new ExportSpec(source, mode, since, Set.of(), Set.of(), List.of(), List.of(), null, Integer.MAX_VALUE,
                null, ProgressListener.NONE, Clock.systemUTC(), false);
    }

    ExportSpec withTypes(Set<AssetType> value) {
        return new ExportSpec(source, mode, since, value, lifecycle, selectors, exclusions, dependencyMode,
                dependencyDepth, sourceInfo, progress, clock, strict);
    }

    ExportSpec withLifecycle(Set<LifecycleState> value) {
        return new ExportSpec(source, mode, since, types, value, selectors, exclusions, dependencyMode,
                dependencyDepth, sourceInfo, progress, clock, strict);
    }

    ExportSpec withSelectors(List<Selector> more) {
        List<Selector> all = new ArrayList<>(selectors);
        all.addAll(more);
        return new ExportSpec(source, mode, since, types, lifecycle, all, exclusions, dependencyMode,
                dependencyDepth, sourceInfo, progress, clock, strict);
    }

    ExportSpec withExclusions(List<Selector> more) {
        List<Selector> all = new ArrayList<>(exclusions);
        all.addAll(more);
        return new ExportSpec(source, mode, since, types, lifecycle, selectors, all, dependencyMode,
                dependencyDepth, sourceInfo, progress, clock, strict);
    }

    ExportSpec withDependencies(DependencyMode value, int depth) {
        return new ExportSpec(source, mode, since, types, lifecycle, selectors, exclusions, value, depth,
                sourceInfo, progress, clock, strict);
    }

    ExportSpec withSourceInfo(WorkspaceInfo value) {
        return new ExportSpec(source, mode, since, types, lifecycle, selectors, exclusions, dependencyMode,
                dependencyDepth, value, progress, clock, strict);
    }

    ExportSpec withProgress(ProgressListener value) {
        return new ExportSpec(source, mode, since, types, lifecycle, selectors, exclusions, dependencyMode,
                dependencyDepth, sourceInfo, value, clock, strict);
    }

    ExportSpec withClock(Clock value) {
        return new ExportSpec(source, mode, since, types, lifecycle, selectors, exclusions, dependencyMode,
                dependencyDepth, sourceInfo, progress, value, strict);
    }

    ExportSpec withStrict() {
        return new ExportSpec(source, mode, since, types, lifecycle, selectors, exclusions, dependencyMode,
                dependencyDepth, sourceInfo, progress, clock, true);
    }

    /** The types to export: those asked for (all if none) that the source supports, in type order. */
    List<AssetType> effectiveTypes() {
        return source.supportedTypes().stream()
                .filter(t -> types.isEmpty() || types.contains(t))
                .sorted()
                .toList();
    }
}
