package dev.assetmigration.internal.imports;

import dev.assetmigration.ProgressListener;
import dev.assetmigration.imports.ConflictPolicy;
import dev.assetmigration.imports.SecretResolver;
import dev.assetmigration.imports.UnresolvedSecrets;
import dev.assetmigration.internal.governance.Session;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.pkg.ReadLimits;
import dev.assetmigration.spi.Workspace;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Everything an import stage has been told, as one immutable value. */
record ImportSpec(
        PackageOrigin source,
        Workspace target,
        @Nullable Session session,
        ConflictPolicy conflictPolicy,
        Map<AssetType, ConflictPolicy> conflictPolicyByType,
        Mappings mappings,
        SecretResolver secrets,
        UnresolvedSecrets unresolvedSecrets,
        boolean allowUnresolvedReferences,
        boolean applyDeletions,
        boolean deploy,
        ProgressListener progress,
        Clock clock,
        ReadLimits readLimits) {

    ImportSpec {
        conflictPolicyByType = Map.copyOf(conflictPolicyByType);
    }

    static ImportSpec of(PackageOrigin source, Workspace target, @Nullable Session session) {
        return new ImportSpec(source, target, session, ConflictPolicy.FAIL, Map.of(), Mappings.NONE, SecretResolver.NONE,
                UnresolvedSecrets.FAIL, false, false, false, ProgressListener.NONE, Clock.systemUTC(), ReadLimits.defaults());
    }

    ConflictPolicy policyFor(AssetType type) {
        return conflictPolicyByType.getOrDefault(type, conflictPolicy);
    }

    /** A mutable copy for stage methods to change one field and build a new spec. */
    Builder toBuilder() {
        return new Builder(this);
    }

    static final class Builder {
        PackageOrigin source;
        Workspace target;
        @Nullable Session session;
        ConflictPolicy conflictPolicy;
        Map<AssetType, ConflictPolicy> conflictPolicyByType;
        Mappings mappings;
        SecretResolver secrets;
        UnresolvedSecrets unresolvedSecrets;
        boolean allowUnresolvedReferences;
        boolean applyDeletions;
        boolean deploy;
        ProgressListener progress;
        Clock clock;
        ReadLimits readLimits;

        Builder(ImportSpec spec) {
            source = spec.source;
            target = spec.target;
            session = spec.session;
            conflictPolicy = spec.conflictPolicy;
            conflictPolicyByType = new java.util.EnumMap<>(AssetType.class);
            conflictPolicyByType.putAll(spec.conflictPolicyByType);
            mappings = spec.mappings;
            secrets = spec.secrets;
            unresolvedSecrets = spec.unresolvedSecrets;
            allowUnresolvedReferences = spec.allowUnresolvedReferences;
            applyDeletions = spec.applyDeletions;
            deploy = spec.deploy;
            progress = spec.progress;
            clock = spec.clock;
            readLimits = spec.readLimits;
        }

        ImportSpec build() {
            return new ImportSpec(source, target, session, conflictPolicy, conflictPolicyByType, mappings, secrets,
                    unresolvedSecrets, allowUnresolvedReferences, applyDeletions, deploy, progress, clock, readLimits);
        }
    }
}
