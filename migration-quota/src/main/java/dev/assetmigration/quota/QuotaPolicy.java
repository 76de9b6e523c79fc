package dev.assetmigration.quota;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The quota rules of one edition: how many export packages a tenant may create, which import
 * sources are accepted and how large, and which {@link Feature features} are on.
 *
 * <p>{@link #of(Edition)} returns the platform's standard rules:
 *
 * <table class="striped">
 *   <caption>Standard policies</caption>
 *   <thead>
 *     <tr><th scope="col">rule</th><th scope="col">BASIC</th><th scope="col">STANDARD</th>
 *         <th scope="col">PROFESSIONAL</th><th scope="col">ENTERPRISE</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">export packages per tenant, cumulative</th>
 *         <td>10</td><td>30</td><td>100</td><td>unlimited</td></tr>
 *     <tr><th scope="row">import from a local file, max size</th>
 *         <td>30 MB</td><td>30 MB</td><td>30 MB</td><td>30 MB</td></tr>
 *     <tr><th scope="row">import from remote object storage</th>
 *         <td>not allowed</td><td>not allowed</td><td>no size limit</td><td>no size limit</td></tr>
 *     <tr><th scope="row">automatic commit and deploy on import</th>
 *         <td>no</td><td>no</td><td>yes</td><td>yes</td></tr>
 *     <tr><th scope="row">migration of Oozie, Azkaban and Airflow jobs</th>
 *         <td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>MB means 2<sup>20</sup> bytes</b> (a mebibyte, {@value #MEBIBYTE} bytes): the local-file
 * limit is {@value #LOCAL_FILE_MAX_BYTES} bytes, and a file of exactly that size is accepted.
 *
 * <p>A host that sells other numbers changes a standard policy instead of forking:
 * {@code QuotaPolicy.of(Edition.BASIC).withExportPackagesPerTenant(Limit.atMost(20))}. The
 * policy is an immutable value; each {@code with…} method returns a new one.
 *
 * @param edition the edition these rules belong to; refusals name it and suggest the editions above
 * @param exportPackagesPerTenant how many export packages a tenant may create in total
 * @param localFileImport whether, and up to which size, packages are imported from a local file
 * @param remoteObjectImport whether, and up to which size, packages are imported from remote
 *     object storage
 * @param features the features that are on
 */
public record QuotaPolicy(
        Edition edition,
        Limit exportPackagesPerTenant,
        SourceRule localFileImport,
        SourceRule remoteObjectImport,
        Set<Feature> features) {

    /** One mebibyte: what this module means by "MB", 2<sup>20</sup> bytes. */
    public static final long MEBIBYTE = 1L << 20;

    /** The standard local-file size limit of every edition: 30 MB = 31,457,280 bytes. */
    public static final long LOCAL_FILE_MAX_BYTES = 30 * MEBIBYTE;

    /**
     * Creates a policy.
     *
     * @throws NullPointerException if an argument is null
     */
    public QuotaPolicy {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(exportPackagesPerTenant, "exportPackagesPerTenant");
        Objects.requireNonNull(localFileImport, "localFileImport");
        Objects.requireNonNull(remoteObjectImport, "remoteObjectImport");
        features = Set.copyOf(Objects.requireNonNull(features, "features"));
    }

    /**
     * Returns the platform's standard rules for an edition (see the table above).
     *
     * @param edition the edition
     * @return the standard policy
     */
    public static QuotaPolicy of(Edition edition) {
        Objects.requireNonNull(edition, "edition");
        SourceRule localFile = SourceRule.upTo(Limit.atMost(LOCAL_FILE_MAX_BYTES));
        return switch (edition) {
            case BASIC -> new QuotaPolicy(edition, Limit.atMost(10), localFile, SourceRule.notAllowed(),
                    EnumSet.of(Feature.SCHEDULER_MIGRATION));
            case STANDARD -> new QuotaPolicy(edition, Limit.atMost(30), localFile, SourceRule.notAllowed(),
                    EnumSet.of(Feature.SCHEDULER_MIGRATION));
            case PROFESSIONAL -> new QuotaPolicy(edition, Limit.atMost(100), localFile,
                    SourceRule.upTo(Limit.unlimited()), EnumSet.allOf(Feature.class));
            case ENTERPRISE -> new QuotaPolicy(edition, Limit.unlimited(), localFile,
                    SourceRule.upTo(Limit.unlimited()), EnumSet.allOf(Feature.class));
        };
    }

    /**
     * Returns whether a feature is on.
     *
     * @param feature the feature
     * @return {@code true} if this policy offers it
     */
    public boolean allows(Feature feature) {
        return features.contains(feature);
    }

    /**
     * Returns the rule for the kind of source a package comes from.
     *
     * @param source the package source
     * @return {@link #localFileImport()} or {@link #remoteObjectImport()}
     */
    public SourceRule ruleFor(PackageSource source) {
        return source instanceof PackageSource.LocalFile ? localFileImport : remoteObjectImport;
    }

    /**
     * Tells whether a package from this source may be imported: its kind of source is allowed
     * and its size is within the limit.
     *
     * @param source the package source
     * @return {@code true} if the package passes
     */
    public boolean accepts(PackageSource source) {
        return ruleFor(source).accepts(source.sizeBytes());
    }

    /**
     * Tells whether this policy is the platform's standard one for its edition.
     *
     * @return {@code true} if it equals {@code of(edition())}
     */
    public boolean isStandard() {
        return equals(of(edition));
    }

    /**
     * Returns a copy with another export-package limit.
     *
     * @param limit the cumulative export packages per tenant
     * @return the new policy
     */
    public QuotaPolicy withExportPackagesPerTenant(Limit limit) {
        return new QuotaPolicy(edition, limit, localFileImport, remoteObjectImport, features);
    }

    /**
     * Returns a copy with another local-file rule.
     *
     * @param rule the rule for packages from a local file
     * @return the new policy
     */
    public QuotaPolicy withLocalFileImport(SourceRule rule) {
        return new QuotaPolicy(edition, exportPackagesPerTenant, rule, remoteObjectImport, features);
    }

    /**
     * Returns a copy with another remote-object rule.
     *
     * @param rule the rule for packages from remote object storage
     * @return the new policy
     */
    public QuotaPolicy withRemoteObjectImport(SourceRule rule) {
        return new QuotaPolicy(edition, exportPackagesPerTenant, localFileImport, rule, features);
    }

    /**
     * Returns a copy with a feature switched on or off.
     *
     * @param feature the feature
     * @param on {@code true} to offer it, {@code false} to refuse it
     * @return the new policy
     */
    public QuotaPolicy withFeature(Feature feature, boolean on) {
        EnumSet<Feature> changed = features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
        if (on) {
            changed.add(Objects.requireNonNull(feature, "feature"));
        } else {
            changed.remove(Objects.requireNonNull(feature, "feature"));
        }
        return new QuotaPolicy(edition, exportPackagesPerTenant, localFileImport, remoteObjectImport, changed);
    }
}
