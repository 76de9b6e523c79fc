package dev.assetmigration.internal.export;

import dev.assetmigration.ProgressListener;
import dev.assetmigration.error.MigrationException;
import dev.assetmigration.export.CustomExport;
import dev.assetmigration.export.DependencyMode;
import dev.assetmigration.export.ExportOptions;
import dev.assetmigration.export.ExportPlan;
import dev.assetmigration.export.ExportReport;
import dev.assetmigration.export.ExportStep;
import dev.assetmigration.export.FullExport;
import dev.assetmigration.export.IncrementalExport;
import dev.assetmigration.export.IncrementalStep;
import dev.assetmigration.export.MigrationPackage;
import dev.assetmigration.export.Selector;
import dev.assetmigration.internal.governance.Session;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.LifecycleState;
import dev.assetmigration.pkg.ExportMode;
import dev.assetmigration.pkg.Manifest;
import dev.assetmigration.pkg.PackageReader;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.spi.WorkspaceInfo;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The immutable implementations of the export stages; each holds one {@link ExportSpec}. */
public final class ExportStages {

    private ExportStages() {
    }

    /**
     * The first stage for a source.
     *
     * @param source the workspace to export from
     * @param session the acting principal under governance, or {@code null} in trusted mode
     * @return the stage
     */
    public static ExportStep start(Workspace source, @Nullable Session session) {
        Objects.requireNonNull(source, "source");
        return new ExportStep() {
            @Override
            public FullExport full() {
                return new Full(ExportSpec.of(source, ExportMode.FULL, null, session));
            }

            @Override
            public IncrementalStep incremental() {
                return new Incremental(source, session);
            }

            @Override
            public CustomExport custom() {
                return new Custom(ExportSpec.of(source, ExportMode.CUSTOM, null, session));
            }
        };
    }

    private record Incremental(Workspace source, @Nullable Session session) implements IncrementalStep {
        @Override
        public IncrementalExport since(Instant since) {
            return new IncrementalImpl(ExportSpec.of(source, ExportMode.INCREMENTAL, Objects.requireNonNull(since, "since"), session));
        }

        @Override
        public IncrementalExport after(MigrationPackage previous) {
            return fromManifest(previous.manifest());
        }

        @Override
        public IncrementalExport after(Path previousPackage) {
            try (PackageReader reader = PackageReader.open(previousPackage)) {
                return fromManifest(reader.manifest());
            }
        }

        private IncrementalExport fromManifest(Manifest manifest) {
            Instant mark = manifest.highWaterMark() != null ? manifest.highWaterMark() : manifest.since();
            if (mark == null) {
                throw new MigrationException("AM-EXP-001", "Package " + manifest.packageId()
                        + " records no high-water mark (it holds no assets); chain from an earlier package"
                        + " or use incremental().since(instant).");
            }
            return since(mark);
        }
    }

    /** Shared option handling; subclasses only say how to wrap a new spec. */
    private abstract static class Stage<S extends ExportOptions<S>> implements ExportOptions<S> {
        final ExportSpec spec;

        Stage(ExportSpec spec) {
            this.spec = spec;
        }

        abstract S next(ExportSpec changed);

        @Override
        public S types(AssetType... types) {
            Set<AssetType> chosen = Set.of(types);
            return next(spec.with(d -> d.types = chosen));
        }

        @Override
        public S lifecycle(LifecycleState... states) {
            Set<LifecycleState> chosen = Set.of(states);
            return next(spec.with(d -> d.lifecycle = chosen));
        }

        @Override
        public S exclude(Selector... selectors) {
            List<Selector> more = List.of(selectors);
            return next(spec.with(d -> d.exclusions.addAll(more)));
        }

        @Override
        public S sourceInfo(WorkspaceInfo source) {
            Objects.requireNonNull(source, "source");
            return next(spec.with(d -> d.sourceInfo = source));
        }

        @Override
        public S progress(ProgressListener listener) {
            Objects.requireNonNull(listener, "listener");
            return next(spec.with(d -> d.progress = listener));
        }

        @Override
        public S clock(Clock clock) {
            Objects.requireNonNull(clock, "clock");
            return next(spec.with(d -> d.clock = clock));
        }

        @Override
        public S strict() {
            return next(spec.with(d -> d.strict = true));
        }

        @Override
        public ExportPlan plan() {
            return new ExportEngine(spec).plan();
        }

        @Override
        public MigrationPackage toPackage() {
            return new ExportEngine(spec).toTemporaryPackage();
        }

        @Override
        public ExportReport toPackage(Path target) {
            return new ExportEngine(spec).toFile(Objects.requireNonNull(target, "target"));
        }

        @Override
        public ExportReport to(OutputStream out) {
            return new ExportEngine(spec).toStream(Objects.requireNonNull(out, "out"));
        }
    }

    private static final class Full extends Stage<FullExport> implements FullExport {
        Full(ExportSpec spec) {
            super(spec);
        }

        @Override
        FullExport next(ExportSpec changed) {
            return new Full(changed);
        }
    }

    private static final class IncrementalImpl extends Stage<IncrementalExport> implements IncrementalExport {
        IncrementalImpl(ExportSpec spec) {
            super(spec);
        }

        @Override
        IncrementalExport next(ExportSpec changed) {
            return new IncrementalImpl(changed);
        }
    }

    private static final class Custom extends Stage<CustomExport> implements CustomExport {
        Custom(ExportSpec spec) {
            super(spec);
        }

        @Override
        CustomExport next(ExportSpec changed) {
            return new Custom(changed);
        }

        @Override
        public CustomExport select(Selector... selectors) {
            List<Selector> more = List.of(selectors);
            return next(spec.with(d -> d.selectors.addAll(more)));
        }

        @Override
        public CustomExport withDependencies(DependencyMode mode) {
            return withDependencies(mode, Integer.MAX_VALUE);
        }

        @Override
        public CustomExport withDependencies(DependencyMode mode, int depth) {
            if (depth < 1) {
                throw new IllegalArgumentException("dependency depth must be at least 1, was " + depth);
            }
            Objects.requireNonNull(mode, "mode");
            return next(spec.with(d -> {
                d.dependencyMode = mode;
                d.dependencyDepth = depth;
            }));
        }
    }
}
