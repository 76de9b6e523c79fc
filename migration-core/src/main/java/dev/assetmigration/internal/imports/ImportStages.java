package dev.assetmigration.internal.imports;

import dev.assetmigration.ProgressListener;
import dev.assetmigration.export.MigrationPackage;
import dev.assetmigration.imports.ConflictPolicy;
import dev.assetmigration.imports.ImportOptions;
import dev.assetmigration.imports.ImportPlan;
import dev.assetmigration.imports.ImportReport;
import dev.assetmigration.imports.ImportStep;
import dev.assetmigration.imports.RemotePackage;
import dev.assetmigration.imports.SecretResolver;
import dev.assetmigration.imports.UnresolvedSecrets;
import dev.assetmigration.internal.governance.Session;
import dev.assetmigration.internal.imports.Mappings.CodeRewrite;
import dev.assetmigration.internal.imports.Mappings.Dimension;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.pkg.ReadLimits;
import dev.assetmigration.spi.Workspace;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/** The immutable implementation of the import stages; each holds one {@link ImportSpec}. */
public final class ImportStages {

    private ImportStages() {
    }

    /**
     * Starts an import of a package file.
     *
     * @param file the package
     * @param session the acting principal under governance, or {@code null} in trusted mode
     * @return the first stage
     */
    public static ImportStep of(Path file, @Nullable Session session) {
        return of(new PackageOrigin.File(Objects.requireNonNull(file, "file")), session);
    }

    /**
     * Starts an import of a package exported in this process.
     *
     * @param pkg the package
     * @param session the acting principal under governance, or {@code null} in trusted mode
     * @return the first stage
     */
    public static ImportStep of(MigrationPackage pkg, @Nullable Session session) {
        return of(new PackageOrigin.Exported(Objects.requireNonNull(pkg, "pkg")), session);
    }

    /**
     * Starts an import of a package read from a stream, once.
     *
     * @param in the stream; read by the first terminal operation, not closed
     * @param session the acting principal under governance, or {@code null} in trusted mode
     * @return the first stage
     */
    public static ImportStep of(InputStream in, @Nullable Session session) {
        return of(new PackageOrigin.Stream(Objects.requireNonNull(in, "in")), session);
    }

    /**
     * Starts an import of a package in remote object storage.
     *
     * @param remote the package's address, size and opener
     * @param session the acting principal under governance, or {@code null} in trusted mode
     * @return the first stage
     */
    public static ImportStep of(RemotePackage remote, @Nullable Session session) {
        return of(new PackageOrigin.Remote(Objects.requireNonNull(remote, "remote")), session);
    }

    private static ImportStep of(PackageOrigin source, @Nullable Session session) {
        return target -> new Stage(ImportSpec.of(source, Objects.requireNonNull(target, "target"), session));
    }

    private record Stage(ImportSpec spec) implements ImportOptions {

        private ImportOptions with(Consumer<ImportSpec.Builder> change) {
            ImportSpec.Builder builder = spec.toBuilder();
            change.accept(builder);
            return new Stage(builder.build());
        }

        @Override
        public ImportOptions onConflict(ConflictPolicy policy) {
            Objects.requireNonNull(policy, "policy");
            return with(b -> b.conflictPolicy = policy);
        }

        @Override
        public ImportOptions onConflict(AssetType type, ConflictPolicy policy) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(policy, "policy");
            return with(b -> b.conflictPolicyByType.put(type, policy));
        }

        @Override
        public ImportOptions mapDataSource(String from, String to) {
            return map(Dimension.DATA_SOURCE, from, to);
        }

        @Override
        public ImportOptions mapResourceGroup(String from, String to) {
            return map(Dimension.RESOURCE_GROUP, from, to);
        }

        @Override
        public ImportOptions mapOwner(String from, String to) {
            return map(Dimension.OWNER, from, to);
        }

        @Override
        public ImportOptions mapComputeEngine(String from, String to) {
            return map(Dimension.COMPUTE_ENGINE, from, to);
        }

        private ImportOptions map(Dimension dimension, String from, String to) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            return with(b -> b.mappings = b.mappings.with(dimension, from, to));
        }

        @Override
        public ImportOptions rewriteCode(String literal, String replacement) {
            CodeRewrite rule = CodeRewrite.literal(Objects.requireNonNull(literal, "literal"),
                    Objects.requireNonNull(replacement, "replacement"));
            return with(b -> b.mappings = b.mappings.withRewrite(rule));
        }

        @Override
        public ImportOptions rewriteCodeRegex(String regex, String replacement) {
            CodeRewrite rule;
            try {
                rule = CodeRewrite.regex(Objects.requireNonNull(regex, "regex"), Objects.requireNonNull(replacement, "replacement"));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("code rewrite pattern '" + regex + "' is invalid: " + e.getDescription(), e);
            }
            return with(b -> b.mappings = b.mappings.withRewrite(rule));
        }

        @Override
        public ImportOptions secrets(SecretResolver resolver) {
            Objects.requireNonNull(resolver, "resolver");
            return with(b -> b.secrets = resolver);
        }

        @Override
        public ImportOptions onUnresolvedSecret(UnresolvedSecrets policy) {
            Objects.requireNonNull(policy, "policy");
            return with(b -> b.unresolvedSecrets = policy);
        }

        @Override
        public ImportOptions allowUnresolvedReferences() {
            return with(b -> b.allowUnresolvedReferences = true);
        }

        @Override
        public ImportOptions applyDeletions() {
            return with(b -> b.applyDeletions = true);
        }

        @Override
        public ImportOptions deploy() {
            return with(b -> b.deploy = true);
        }

        @Override
        public ImportOptions progress(ProgressListener listener) {
            Objects.requireNonNull(listener, "listener");
            return with(b -> b.progress = listener);
        }

        @Override
        public ImportOptions clock(Clock clock) {
            Objects.requireNonNull(clock, "clock");
            return with(b -> b.clock = clock);
        }

        @Override
        public ImportOptions readLimits(ReadLimits limits) {
            Objects.requireNonNull(limits, "limits");
            return with(b -> b.readLimits = limits);
        }

        @Override
        public ImportPlan plan() {
            return new ImportEngine(spec).plan();
        }

        @Override
        public ImportReport dryRun() {
            return new ImportEngine(spec).dryRun();
        }

        @Override
        public ImportReport run() {
            return new ImportEngine(spec).run();
        }
    }
}
