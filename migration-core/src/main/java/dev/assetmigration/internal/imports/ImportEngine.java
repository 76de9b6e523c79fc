package dev.assetmigration.internal.imports;

import dev.assetmigration.ProgressEvent;
import dev.assetmigration.error.MigrationException;
import dev.assetmigration.error.ReadOnlyWorkspaceException;
import dev.assetmigration.error.UnsupportedCapabilityException;
import dev.assetmigration.error.ValidationException;
import dev.assetmigration.error.Violation;
import dev.assetmigration.imports.Action;
import dev.assetmigration.imports.ConflictPolicy;
import dev.assetmigration.imports.ImportConflictException;
import dev.assetmigration.imports.ImportFailedException;
import dev.assetmigration.imports.ImportItem;
import dev.assetmigration.imports.ImportPlan;
import dev.assetmigration.imports.ImportReport;
import dev.assetmigration.imports.Outcome;
import dev.assetmigration.governance.TaskKind;
import dev.assetmigration.internal.governance.TaskGate;
import dev.assetmigration.internal.graph.DependencyGraph;
import dev.assetmigration.internal.imports.AssetTransformer.Transformed;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.pkg.ExternalAsset;
import dev.assetmigration.pkg.Manifest;
import dev.assetmigration.pkg.PackageReader;
import dev.assetmigration.pkg.PackagedAsset;
import dev.assetmigration.pkg.UnsupportedAsset;
import dev.assetmigration.spi.AssetProvider;
import dev.assetmigration.spi.Deployment;
import dev.assetmigration.spi.Tombstone;
import dev.assetmigration.spi.Transactions;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.validation.AssetValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Runs one import in three passes over the package:
 * <ol>
 *   <li>plan, from the manifest and target look-ups by folder and name;</li>
 *   <li>check: integrity of every entry, then every asset transformed and validated, all problems
 *       gathered and thrown at once;</li>
 *   <li>apply, in dependency order, inside the target's transaction when it has one and with an
 *       undo log otherwise.</li>
 * </ol>
 * Memory holds the manifest, the plan and the reference map, never all asset bodies.
 */
final class ImportEngine {

    private final ImportSpec spec;
    private final Workspace target;
    private final AssetTransformer transformer;

    ImportEngine(ImportSpec spec) {
        this.spec = spec;
        this.target = spec.target();
        this.transformer = new AssetTransformer(spec.mappings(), spec.secrets(), spec.unresolvedSecrets(),
                spec.allowUnresolvedReferences());
    }

    /** One planned step: an asset, a tombstone or an unsupported asset. */
    private static final class Step {
        final AssetRef source;
        final String folder;
        String name;
        Action action;
        @Nullable AssetRef existing;
        @Nullable AssetRef written;
        List<String> mappings = List.of();
        List<String> warnings = new ArrayList<>();

        Step(AssetRef source, String name, String folder, Action action, @Nullable AssetRef existing) {
            this.source = source;
            this.name = name;
            this.folder = folder;
            this.action = action;
            this.existing = existing;
        }

        ImportItem item(Outcome outcome, @Nullable String error) {
            AssetRef targetRef = written != null ? written : existing;
            return new ImportItem(source, name, folder, action, outcome, targetRef, mappings, warnings, error);
        }
    }

    /** The plan with what applying it needs. */
    private record Planned(Manifest manifest, List<Step> steps, Map<AssetRef, AssetRef> resolved,
            List<String> warnings, List<Violation> problems, Set<AssetRef> inPackage, Set<AssetRef> unsupported) {

        ImportPlan toPlan() {
            return new ImportPlan(manifest.packageId().toString(),
                    steps.stream().map(s -> s.item(s.action.outcome(), null)).toList(), warnings);
        }
    }

    private TaskGate gate() {
        return TaskGate.of(spec.session(), TaskKind.IMPORT, target.info());
    }

    ImportPlan plan() {
        TaskGate gate = gate();
        gate.authorize();
        try (PackageReader reader = spec.source().open(gate, spec.readLimits())) {
            Planned planned = plan(reader);
            check(reader, planned);
            return planned.toPlan();
        }
    }

    ImportReport dryRun() {
        long start = System.nanoTime();
        ImportPlan plan = plan();
        return new ImportReport(plan.packageId(), true, plan.items(), plan.warnings(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    ImportReport run() {
        TaskGate gate = gate();
        return gate.run(() -> run(gate), report -> new TaskGate.Summary(report.packageId(), 0,
                report.counts().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        e -> e.getKey().name(), Map.Entry::getValue))));
    }

    private ImportReport run(TaskGate gate) {
        long start = System.nanoTime();
        if (spec.deploy()) {
            gate.checkAutoDeploy();
        }
        try (PackageReader reader = spec.source().open(gate, spec.readLimits())) {
            Planned planned = plan(reader);
            ImportPlan plan = planned.toPlan();
            if (!plan.conflicts().isEmpty()) {
                throw new ImportConflictException(plan.conflicts());
            }
            check(reader, planned);
            requireWritable(planned);
            Optional<Deployment> deployment = spec.deploy() ? Optional.of(target.capability(Deployment.class)
                    .orElseThrow(() -> new UnsupportedCapabilityException("deployment", target.info().workspace(),
                            "import without deploy() and deploy the tasks in the platform."))) : Optional.empty();
            apply(reader, planned, start);
            List<String> warnings = new ArrayList<>(planned.warnings());
            deployment.ifPresent(d -> deploy(d, planned, warnings));
            return new ImportReport(plan.packageId(), false,
                    planned.steps().stream().map(s -> s.item(s.action.outcome(), null)).toList(), warnings,
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    // ---------------------------------------------------------------- plan

    private Planned plan(PackageReader reader) {
        Manifest manifest = reader.manifest();
        List<String> warnings = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        Map<AssetRef, AssetRef> resolved = new HashMap<>();
        Map<AssetRef, Step> steps = new LinkedHashMap<>();
        Set<String> claimed = new HashSet<>();
        Map<String, PackagedAsset> dataSourcesByName = new HashMap<>();
        for (PackagedAsset asset : manifest.assets()) {
            if (asset.ref().type() == AssetType.DATA_SOURCE) {
                dataSourcesByName.put(asset.name(), asset);
            }
        }
        spec.mappings().dataSources().keySet().stream().filter(name -> !dataSourcesByName.containsKey(name)).sorted()
                .forEach(name -> warnings.add("mapping for data source '" + name + "' is unused: the package has no"
                        + " data source of that name"));

        // One pass over the manifest's (compact, decoded-on-read) asset list builds the steps, the
        // dependency graph and the set of packaged references together.
        Set<AssetRef> inPackage = new HashSet<>();
        DependencyGraph.Builder graph = DependencyGraph.builder();
        for (PackagedAsset asset : manifest.assets()) {
            AssetRef ref = asset.ref();
            inPackage.add(ref);
            if (!target.supportedTypes().contains(ref.type())) {
                problems.add(new Violation(ref, "", "the target workspace does not support " + ref.type()
                        + "; export without this type or import into a workspace that has it"));
                continue;
            }
            String mappedDataSource = ref.type() == AssetType.DATA_SOURCE
                    ? spec.mappings().dataSources().get(asset.name()) : null;
            Step step;
            if (mappedDataSource != null) {
                step = new Step(ref, asset.name(), asset.folder(), Action.SKIP, null);
                step.mappings = List.of("dataSource " + asset.name() + " -> " + mappedDataSource);
                resolveMappedDataSource(asset, mappedDataSource, dataSourcesByName, resolved, problems, step);
            } else {
                Optional<Asset> existing = provider(ref.type()).findByName(asset.folder(), asset.name());
                step = existing.map(found -> onConflict(asset, found.ref(), claimed, resolved))
                        .orElseGet(() -> new Step(ref, asset.name(), asset.folder(), Action.CREATE, null));
                claimed.add(key(ref.type(), step.folder, step.name));
            }
            steps.put(ref, step);
            graph.add(ref, asset.dependencies());
        }
        for (ExternalAsset external : manifest.external()) {
            if (target.supportedTypes().contains(external.ref().type())) {
                provider(external.ref().type()).findByName(external.folder(), external.name())
                        .ifPresent(found -> resolved.put(external.ref(), found.ref()));
            }
        }
        List<Step> ordered = order(graph.build(), steps);
        for (UnsupportedAsset unsupported : manifest.unsupported()) {
            Step step = new Step(unsupported.ref(), unsupported.name(), unsupported.folder(), Action.UNSUPPORTED, null);
            step.warnings.add(unsupported.reason());
            ordered.add(step);
        }
        if (spec.applyDeletions()) {
            for (Tombstone tombstone : manifest.tombstones()) {
                ordered.add(planDeletion(tombstone, warnings));
            }
        } else if (!manifest.tombstones().isEmpty()) {
            warnings.add(manifest.tombstones().size() + " deletion(s) in the package were not applied;"
                    + " use applyDeletions() to apply them");
        }
        Set<AssetRef> unsupported = new HashSet<>();
        manifest.unsupported().forEach(u -> unsupported.add(u.ref()));
        return new Planned(manifest, ordered, resolved, warnings, problems, inPackage, unsupported);
    }

    private Step onConflict(PackagedAsset asset, AssetRef existing, Set<String> claimed, Map<AssetRef, AssetRef> resolved) {
        AssetRef ref = asset.ref();
        ConflictPolicy policy = spec.policyFor(ref.type());
        return switch (policy) {
            case SKIP -> {
                resolved.put(ref, existing);
                yield new Step(ref, asset.name(), asset.folder(), Action.SKIP, existing);
            }
            case OVERWRITE -> {
                resolved.put(ref, existing);
                yield new Step(ref, asset.name(), asset.folder(), Action.UPDATE, existing);
            }
            case RENAME -> new Step(ref, freeName(asset, claimed), asset.folder(), Action.RENAME, null);
            case FAIL -> new Step(ref, asset.name(), asset.folder(), Action.CONFLICT, existing);
        };
    }

    /** The first of name_imported, name_imported_2, … that neither the target nor this import uses. */
    private String freeName(PackagedAsset asset, Set<String> claimed) {
        AssetProvider provider = provider(asset.ref().type());
        for (int attempt = 1; ; attempt++) {
            String candidate = asset.name() + "_imported" + (attempt == 1 ? "" : "_" + attempt);
            if (!claimed.contains(key(asset.ref().type(), asset.folder(), candidate))
                    && provider.findByName(asset.folder(), candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private static String key(AssetType type, String folder, String name) {
        return type + "|" + folder + "|" + name;
    }

    private void resolveMappedDataSource(PackagedAsset asset, String to, Map<String, PackagedAsset> inPackage,
            Map<AssetRef, AssetRef> resolved, List<Violation> problems, Step step) {
        PackagedAsset packaged = inPackage.get(to);
        if (packaged != null) {
            // Resolved once the package's own data source of that name is written.
            resolved.put(asset.ref(), packaged.ref());
            return;
        }
        Optional<Asset> found = provider(AssetType.DATA_SOURCE).findByName(asset.folder(), to)
                .or(() -> asset.folder().isEmpty() ? Optional.empty() : provider(AssetType.DATA_SOURCE).findByName("", to));
        if (found.isPresent()) {
            resolved.put(asset.ref(), found.get().ref());
            step.existing = found.get().ref();
        } else if (spec.allowUnresolvedReferences()) {
            step.warnings.add("data source '" + to + "' is neither in the package nor in the target");
        } else {
            problems.add(new Violation(asset.ref(), "", "is mapped to data source '" + to
                    + "', which is neither in the package nor in the target; create it first or fix the mapping"));
        }
    }

    private Step planDeletion(Tombstone tombstone, List<String> warnings) {
        AssetRef ref = tombstone.asset();
        Optional<Asset> existing = target.supportedTypes().contains(ref.type())
                ? provider(ref.type()).findByName(tombstone.folder(), tombstone.name()) : Optional.empty();
        if (existing.isEmpty()) {
            warnings.add("deletion of " + ref.type() + " '" + tombstone.name() + "' skipped: the target has no such asset");
            return new Step(ref, tombstone.name(), tombstone.folder(), Action.SKIP, null);
        }
        return new Step(ref, tombstone.name(), tombstone.folder(), Action.DELETE, existing.get().ref());
    }

    /** Orders the asset steps so that what an asset depends on is written before it. */
    private static List<Step> order(DependencyGraph graph, Map<AssetRef, Step> steps) {
        List<Step> ordered = new ArrayList<>(steps.size());
        for (AssetRef ref : graph.topologicalOrder()) {
            ordered.add(steps.get(ref));
        }
        return ordered;
    }

    // ---------------------------------------------------------------- check

    /** Integrity of every entry and, in the same pass, every asset to write transformed and validated; fails once. */
    private void check(PackageReader reader, Planned planned) {
        Map<AssetRef, Step> writes = new HashMap<>();
        for (Step step : planned.steps()) {
            if (step.action == Action.CREATE || step.action == Action.UPDATE || step.action == Action.RENAME) {
                writes.put(step.source, step);
            }
        }
        List<Violation> problems = new ArrayList<>(planned.problems());
        // One pass: the reader verifies each entry and hands the asset over for validation.
        reader.verify(asset -> {
            Step step = writes.get(asset.ref());
            if (step == null) {
                return;
            }
            Transformed transformed = transformer.transform(
                    withoutUnsupported(asset, planned.unsupported(), step.warnings), idFor(step), step.name,
                    ref -> provisional(ref, planned.resolved(), planned.inPackage()));
            step.mappings = transformed.mappings();
            step.warnings.addAll(transformed.warnings());
            problems.addAll(transformed.problems());
            problems.addAll(AssetValidator.standard().validate(transformed.asset()));
        });
        warnUnusedMappings(planned);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** A mapping that no asset used is probably a typo: say so in the plan. */
    private void warnUnusedMappings(Planned planned) {
        Set<String> applied = new HashSet<>();
        planned.steps().forEach(step -> applied.addAll(step.mappings));
        for (Mappings.Dimension dimension : Mappings.Dimension.values()) {
            if (dimension == Mappings.Dimension.DATA_SOURCE) {
                continue; // checked against the package's data sources while planning
            }
            spec.mappings().of(dimension).entrySet().stream()
                    .filter(m -> !applied.contains(dimension.label + " " + m.getKey() + " -> " + m.getValue()))
                    .map(m -> "mapping for " + dimension.label + " '" + m.getKey() + "' is unused: no asset in the"
                            + " package has that " + dimension.label)
                    .sorted()
                    .forEach(planned.warnings()::add);
        }
    }

    /** During the check, package assets that will be written stand for themselves. */
    private static Optional<AssetRef> provisional(AssetRef ref, Map<AssetRef, AssetRef> resolved, Set<AssetRef> inPackage) {
        AssetRef known = resolved.get(ref);
        if (known != null) {
            return Optional.of(known);
        }
        return inPackage.contains(ref) ? Optional.of(ref) : Optional.empty();
    }

    /** References to assets that cannot be migrated are dropped, with a warning on the step. */
    private static Asset withoutUnsupported(Asset asset, Set<AssetRef> unsupported, List<String> warnings) {
        List<AssetRef> kept = new ArrayList<>();
        for (AssetRef dependency : asset.meta().dependencies()) {
            if (unsupported.contains(dependency)) {
                warnings.add("depended on " + dependency + ", which cannot be migrated: the reference was dropped");
            } else {
                kept.add(dependency);
            }
        }
        return kept.size() == asset.meta().dependencies().size() ? asset : asset.withMeta(asset.meta().withDependencies(kept));
    }

    private static String idFor(Step step) {
        return step.existing != null && step.action == Action.UPDATE ? step.existing.id() : step.source.id();
    }

    private void requireWritable(Planned planned) {
        boolean writes = planned.steps().stream().anyMatch(s -> s.action.writes());
        if (writes && target.readOnly()) {
            throw new ReadOnlyWorkspaceException(target.info().workspace());
        }
    }

    // ---------------------------------------------------------------- apply

    private void apply(PackageReader reader, Planned planned, long start) {
        long total = planned.steps().stream().filter(s -> s.action.writes()).count();
        spec.progress().onEvent(new ProgressEvent.Started("import", OptionalLong.of(total)));
        Map<AssetRef, AssetRef> resolved = planned.resolved();
        Optional<Transactions> transactions = target.capability(Transactions.class);
        long done = 0;
        boolean succeeded = false;
        List<Step> written = new ArrayList<>();
        try (UndoLog undo = new UndoLog(target);
                Transactions.Transaction transaction = transactions.map(Transactions::begin).orElse(null)) {
            for (Step step : planned.steps()) {
                if (!step.action.writes()) {
                    continue;
                }
                try {
                    write(reader, step, resolved, planned.unsupported(), transaction == null ? undo : null);
                } catch (RuntimeException failure) {
                    List<String> notRestored = transaction != null ? rollback(transaction) : undo.undo();
                    throw failed(planned, step, written, notRestored, failure, start);
                }
                written.add(step);
                spec.progress().onEvent(new ProgressEvent.AssetDone(step.source, ++done));
            }
            if (transaction != null) {
                transaction.commit();
            }
            succeeded = true;
        } finally {
            spec.progress().onEvent(new ProgressEvent.Finished(done, Duration.ofNanos(System.nanoTime() - start), succeeded));
        }
    }

    private void write(PackageReader reader, Step step, Map<AssetRef, AssetRef> resolved, Set<AssetRef> unsupported,
            @Nullable UndoLog undo) {
        AssetProvider provider = provider(step.source.type());
        if (step.action == Action.DELETE) {
            AssetRef existing = step.existing;
            Optional<Asset> prior = provider.findById(existing.id());
            if (prior.isPresent()) {
                if (undo != null) {
                    undo.deleting(prior.get());
                }
                provider.delete(existing.id());
            }
            step.written = existing;
            return;
        }
        Asset asset = reader.read(step.source).orElseThrow(() -> new MigrationException("AM-IMP-004",
                "Package lists " + step.source + " but it cannot be read back; the package is damaged, export it again."));
        Transformed transformed = transformer.transform(withoutUnsupported(asset, unsupported, new ArrayList<>()), idFor(step),
                step.name, ref -> Optional.ofNullable(resolved.get(ref)));
        if (step.action == Action.UPDATE) {
            if (undo != null) {
                undo.replacing(provider.findById(step.existing.id()).orElseThrow(() -> new MigrationException(
                        "AM-IMP-005", step.existing + " disappeared from the target while importing; import again.")));
            }
            step.written = provider.update(transformed.asset()).ref();
        } else {
            if (undo != null) {
                undo.creating(transformed.asset());
            }
            step.written = provider.create(transformed.asset()).ref();
            if (undo != null) {
                undo.created(step.written);
            }
        }
        resolved.put(step.source, step.written);
    }

    private static List<String> rollback(Transactions.Transaction transaction) {
        try {
            transaction.rollback();
            return List.of();
        } catch (RuntimeException e) {
            return List.of("the transaction (rollback failed: " + e.getMessage() + ")");
        }
    }

    private ImportFailedException failed(Planned planned, Step failedStep, List<Step> written, List<String> notRestored,
            RuntimeException failure, long start) {
        Set<Step> undone = new HashSet<>(written);
        List<ImportItem> items = new ArrayList<>();
        for (Step step : planned.steps()) {
            if (step == failedStep) {
                items.add(step.item(Outcome.FAILED, failure.getMessage()));
            } else if (undone.contains(step)) {
                items.add(step.item(Outcome.ROLLED_BACK, null));
            } else if (step.action.writes()) {
                items.add(step.item(Outcome.SKIPPED, "not attempted: an earlier write failed"));
            } else {
                items.add(step.item(step.action.outcome(), null));
            }
        }
        List<String> warnings = new ArrayList<>(planned.warnings());
        if (!notRestored.isEmpty()) {
            warnings.add("rollback could not restore " + notRestored + "; check these assets in the target");
        }
        ImportReport report = new ImportReport(planned.manifest().packageId().toString(), false, items, warnings,
                Duration.ofNanos(System.nanoTime() - start));
        return new ImportFailedException(failedStep.source, report, notRestored, failure);
    }

    private void deploy(Deployment deployment, Planned planned, List<String> warnings) {
        List<AssetRef> tasks = planned.steps().stream()
                .filter(s -> s.action == Action.CREATE || s.action == Action.UPDATE || s.action == Action.RENAME)
                .map(s -> s.written).filter(r -> r != null && r.type().isTask()).toList();
        try {
            deployment.deploy(tasks);
        } catch (RuntimeException e) {
            warnings.add("the import succeeded but deploying its " + tasks.size() + " task(s) failed: " + e.getMessage()
                    + "; deploy them in the platform");
        }
    }

    private AssetProvider provider(AssetType type) {
        return target.provider(type);
    }
}
