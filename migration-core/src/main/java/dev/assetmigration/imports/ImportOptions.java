package dev.assetmigration.imports;

import dev.assetmigration.ProgressListener;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.pkg.ReadLimits;
import java.time.Clock;

/**
 * The options of an import and its terminal operations. Each option returns a new, immutable
 * stage.
 *
 * <pre>{@code
 * ImportReport report = Migration.importPackage(path)
 *         .into(target)
 *         .onConflict(ConflictPolicy.RENAME)
 *         .mapDataSource("prod_mysql", "test_mysql")
 *         .rewriteCode("prod_db.", "test_db.")
 *         .run();
 * }</pre>
 */
public interface ImportOptions {

    /**
     * Sets the conflict policy for every type (default {@link ConflictPolicy#FAIL}).
     *
     * @param policy the policy
     * @return the new stage
     */
    ImportOptions onConflict(ConflictPolicy policy);

    /**
     * Sets the conflict policy for one type, overriding the general one.
     *
     * @param type the asset type
     * @param policy the policy
     * @return the new stage
     */
    ImportOptions onConflict(AssetType type, ConflictPolicy policy);

    /**
     * Binds tasks and queries to another data source: the package's data source {@code from}
     * is not imported, and what referred to it refers to {@code to}, which must exist in the
     * target or the package.
     *
     * @param from the data source name in the package
     * @param to the data source name to use instead
     * @return the new stage
     */
    ImportOptions mapDataSource(String from, String to);

    /**
     * Runs tasks on another resource group.
     *
     * @param from the resource group in the package
     * @param to the resource group in the target
     * @return the new stage
     */
    ImportOptions mapResourceGroup(String from, String to);

    /**
     * Gives assets of one owner to another.
     *
     * @param from the owner in the package
     * @param to the owner in the target
     * @return the new stage
     */
    ImportOptions mapOwner(String from, String to);

    /**
     * Runs tasks against another compute engine or project.
     *
     * @param from the compute engine in the package
     * @param to the compute engine in the target
     * @return the new stage
     */
    ImportOptions mapComputeEngine(String from, String to);

    /**
     * Replaces every occurrence of a literal in the code of tasks, ad-hoc queries and
     * components, for example {@code prod_db.} by {@code test_db.}.
     *
     * @param literal the text to find
     * @param replacement the text to put instead
     * @return the new stage
     */
    ImportOptions rewriteCode(String literal, String replacement);

    /**
     * Replaces every match of a regular expression in the code of tasks, ad-hoc queries and
     * components; the replacement may refer to groups as {@code $1}.
     *
     * @param regex the pattern
     * @param replacement the replacement
     * @return the new stage
     * @throws IllegalArgumentException if the pattern is invalid
     */
    ImportOptions rewriteCodeRegex(String regex, String replacement);

    /**
     * Resolves data-source secret placeholders.
     *
     * @param resolver the resolver
     * @return the new stage
     */
    ImportOptions secrets(SecretResolver resolver);

    /**
     * Says what to do with placeholders the resolver cannot resolve (default
     * {@link UnresolvedSecrets#FAIL}).
     *
     * @param policy the policy
     * @return the new stage
     */
    ImportOptions onUnresolvedSecret(UnresolvedSecrets policy);

    /**
     * Imports even when references cannot be resolved in the package or the target; such
     * references are dropped with a warning instead of failing the import.
     *
     * @return the new stage
     */
    ImportOptions allowUnresolvedReferences();

    /**
     * Deletes the target assets that the package's tombstones name (off by default).
     *
     * @return the new stage
     */
    ImportOptions applyDeletions();

    /**
     * Commits and deploys the imported tasks after a successful import; the target must have the
     * deploy capability.
     *
     * @return the new stage
     */
    ImportOptions deploy();

    /**
     * Reports progress to a listener.
     *
     * @param listener the listener
     * @return the new stage
     */
    ImportOptions progress(ProgressListener listener);

    /**
     * Uses this clock for elapsed times.
     *
     * @param clock the clock
     * @return the new stage
     */
    ImportOptions clock(Clock clock);

    /**
     * Sets the safety limits for reading the package (default {@link ReadLimits#defaults()}):
     * raise them for very large packages, lower them for untrusted ones.
     *
     * @param limits the limits
     * @return the new stage
     */
    ImportOptions readLimits(ReadLimits limits);

    /**
     * Works out what the import would do, writing nothing.
     *
     * @return the plan
     * @throws dev.assetmigration.error.MigrationException if the package is damaged
     */
    ImportPlan plan();

    /**
     * The plan as a report, writing nothing: the outcomes the import would have.
     *
     * @return the report, with {@link ImportReport#dryRun()} set
     */
    ImportReport dryRun();

    /**
     * Imports: validates everything, writes in dependency order, undoes its writes on failure.
     *
     * @return the report
     * @throws ImportConflictException if the policy is FAIL and the target has conflicting assets
     * @throws dev.assetmigration.error.ValidationException if assets or references are invalid
     * @throws ImportFailedException if a write failed; what was written has been undone
     */
    ImportReport run();
}
