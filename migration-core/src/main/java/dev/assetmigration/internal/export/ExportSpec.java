package dev.assetmigration.internal.export;

import dev.assetmigration.ProgressListener;
import dev.assetmigration.export.DependencyMode;
import dev.assetmigration.export.Selector;
import dev.assetmigration.internal.governance.Session;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.LifecycleState;
import dev.assetmigration.pkg.ExportMode;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.spi.WorkspaceInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Everything an export stage has been told, as one immutable value. Stage methods change a copy
 * through {@link #with(Consumer)}.
 */
record ExportSpec(
        Workspace source,
        ExportMode mode,
        @Nullable Instant since,
        @Nullable Session session,
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

    static ExportSpec of(Workspace source, ExportMode mode, @Nullable Instant since, @Nullable Session session) {
        return new ExportSpec(source, mode, since, session, Set.of(), Set.of(), List.of(), List.of(), null,
                Integer.MAX_VALUE, null, ProgressListener.NONE, Clock.systemUTC(), false);
    }

    /** Returns a copy with the changes a consumer makes to a mutable draft. */
    ExportSpec with(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return new ExportSpec(source, mode, since, session, draft.types, draft.lifecycle, draft.selectors,
                draft.exclusions, draft.dependencyMode, draft.dependencyDepth, draft.sourceInfo, draft.progress,
                draft.clock, draft.strict);
    }

    /** The types to export: those asked for (all if none) that the source supports, in type order. */
    List<AssetType> effectiveTypes() {
        return source.supportedTypes().stream()
                .filter(t -> types.isEmpty() || types.contains(t))
                .sorted()
                .toList();
    }

    /** The changeable options of a spec, for {@link #with(Consumer)}. */
    static final class Draft {
        Set<AssetType> types;
        Set<LifecycleState> lifecycle;
        List<Selector> selectors;
        List<Selector> exclusions;
        @Nullable DependencyMode dependencyMode;
        int dependencyDepth;
        @Nullable WorkspaceInfo sourceInfo;
        ProgressListener progress;
        Clock clock;
        boolean strict;

        private Draft(ExportSpec spec) {
            types = new HashSet<>(spec.types);
            lifecycle = new HashSet<>(spec.lifecycle);
            selectors = new ArrayList<>(spec.selectors);
            exclusions = new ArrayList<>(spec.exclusions);
            dependencyMode = spec.dependencyMode;
            dependencyDepth = spec.dependencyDepth;
            sourceInfo = spec.sourceInfo;
            progress = spec.progress;
            clock = spec.clock;
            strict = spec.strict;
        }
    }
}
