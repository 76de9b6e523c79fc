package dev.assetmigration.internal.imports;

import dev.assetmigration.error.Violation;
import dev.assetmigration.imports.SecretResolver;
import dev.assetmigration.imports.UnresolvedSecrets;
import dev.assetmigration.internal.imports.Mappings.Dimension;
import dev.assetmigration.model.AdHocQuery;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetMeta;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.Component;
import dev.assetmigration.model.DataSource;
import dev.assetmigration.model.Secret;
import dev.assetmigration.model.Task;
import dev.assetmigration.model.TaskDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns an asset of the package into the asset to write into the target: target id and name,
 * references rewritten to target ids, mappings and code rewrites applied, secret placeholders
 * resolved. Records what it applied and what it could not do.
 */
final class AssetTransformer {

    /** The outcome of transforming one asset. */
    record Transformed(Asset asset, List<String> mappings, List<String> warnings, List<Violation> problems) {
    }

    private final Mappings mappings;
    private final SecretResolver secrets;
    private final UnresolvedSecrets unresolvedSecrets;
    private final boolean allowUnresolvedReferences;

    AssetTransformer(Mappings mappings, SecretResolver secrets, UnresolvedSecrets unresolvedSecrets,
            boolean allowUnresolvedReferences) {
        this.mappings = mappings;
        this.secrets = secrets;
        this.unresolvedSecrets = unresolvedSecrets;
        this.allowUnresolvedReferences = allowUnresolvedReferences;
    }

    /**
     * Transforms an asset.
     *
     * @param asset the asset as read from the package
     * @param id the id to write it under (a proposal for creates)
     * @param name the name to write it under
     * @param resolve maps a package reference to the target's, or empty if it cannot be resolved
     */
    Transformed transform(Asset asset, String id, String name, Function<AssetRef, Optional<AssetRef>> resolve) {
        List<String> applied = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        List<AssetRef> dependencies = new ArrayList<>();
        for (AssetRef dependency : asset.meta().dependencies()) {
            Optional<AssetRef> resolved = resolve.apply(dependency);
            if (resolved.isPresent()) {
                dependencies.add(resolved.get());
            } else if (allowUnresolvedReferences) {
                warnings.add("dropped reference to " + dependency + ": not in the package nor the target");
            } else {
                problems.add(new Violation(asset.ref(), "meta.dependencies", "refers to " + dependency
                        + ", which is neither in the package nor in the target; import it first, map it,"
                        + " or allow unresolved references"));
            }
        }
        AssetMeta meta = asset.meta().withId(id).withName(name).withDependencies(dependencies)
                .withOwner(mappings.map(Dimension.OWNER, asset.meta().owner(), applied));
        Asset result = switch (asset.type()) {
            case AUTO_TRIGGERED_TASK, MANUALLY_TRIGGERED_TASK -> {
                Task task = (Task) asset.withMeta(meta);
                yield task.withDefinition(definition(task, applied));
            }
            case AD_HOC_QUERY -> {
                AdHocQuery query = (AdHocQuery) asset;
                yield new AdHocQuery(meta, query.nodeType(), mappings.rewrite(query.code(), applied),
                        mappings.map(Dimension.DATA_SOURCE, query.dataSource(), applied));
            }
            case COMPONENT -> {
                Component component = (Component) asset;
                yield component.withMeta(meta).withCode(mappings.rewrite(component.code(), applied));
            }
            case DATA_SOURCE -> {
                DataSource dataSource = (DataSource) asset;
                yield dataSource.withMeta(meta).withSecrets(resolveSecrets(dataSource, warnings, problems));
            }
            case RESOURCE, FUNCTION, TABLE_METADATA -> asset.withMeta(meta);
        };
        return new Transformed(result, applied, warnings, problems);
    }

    private TaskDefinition definition(Task task, List<String> applied) {
        TaskDefinition definition = task.definition();
        return definition.withCode(mappings.rewrite(definition.code(), applied))
                .withDataSource(mappings.map(Dimension.DATA_SOURCE, definition.dataSource(), applied))
                .withResourceGroup(mappings.map(Dimension.RESOURCE_GROUP, definition.resourceGroup(), applied))
                .withComputeEngine(mappings.map(Dimension.COMPUTE_ENGINE, definition.computeEngine(), applied));
    }

    private Map<String, Secret> resolveSecrets(DataSource dataSource, List<String> warnings, List<Violation> problems) {
        Map<String, Secret> resolved = new LinkedHashMap<>();
        dataSource.secrets().forEach((key, secret) -> {
            if (!(secret instanceof Secret.Placeholder placeholder)) {
                resolved.put(key, secret);
                return;
            }
            Optional<String> value = secrets.resolve(placeholder.name());
            if (value.isPresent()) {
                resolved.put(key, new Secret.Value(value.get()));
                return;
            }
            switch (unresolvedSecrets) {
                case FAIL -> problems.add(new Violation(dataSource.ref(), "secrets[" + key + "]",
                        "secret placeholder '" + placeholder.name() + "' is not resolved; supply it with a"
                                + " SecretResolver, or choose UnresolvedSecrets.OMIT or KEEP_PLACEHOLDER"));
                case OMIT -> warnings.add("secret '" + key + "' left out: placeholder '" + placeholder.name()
                        + "' was not resolved");
                case KEEP_PLACEHOLDER -> {
                    resolved.put(key, placeholder);
                    warnings.add("secret '" + key + "' kept as placeholder '" + placeholder.name()
                            + "': set it in the target");
                }
            }
        });
        return resolved;
    }
}
