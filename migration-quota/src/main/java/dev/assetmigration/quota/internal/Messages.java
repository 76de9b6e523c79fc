package dev.assetmigration.quota.internal;

import dev.assetmigration.quota.Edition;
import dev.assetmigration.quota.Feature;
import dev.assetmigration.quota.PackageSource;
import dev.assetmigration.quota.QuotaPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The words of every quota refusal: sizes, source kinds, and the way out. Suggested upgrades
 * refer to the platform's standard policies, and only to editions that would actually let the
 * refused operation through.
 */
public final class Messages {

    private Messages() {
    }

    /**
     * Formats a size as exact bytes with the mebibyte figure, for example
     * {@code 31,457,281 bytes (30.0 MiB)}.
     *
     * @param bytes the size
     * @return the text
     */
    public static String bytes(long bytes) {
        return String.format(Locale.ROOT, "%,d bytes (%.1f MiB)", bytes, bytes / (double) QuotaPolicy.MEBIBYTE);
    }

    /**
     * Names the kind of source a package comes from.
     *
     * @param source the source
     * @return {@code a local file} or {@code remote object storage}
     */
    public static String kindOf(PackageSource source) {
        return source instanceof PackageSource.LocalFile ? "a local file" : "remote object storage";
    }

    /**
     * The way out of a full export-package quota.
     *
     * @param policy the policy that refused
     * @return the advice, one or more sentences
     */
    public static String exportAdvice(QuotaPolicy policy) {
        List<Edition> better = upgrades(policy.edition(),
                p -> p.exportPackagesPerTenant().compareTo(policy.exportPackagesPerTenant()) > 0);
        String ways = better.isEmpty()
                ? "No higher edition allows more; ask the platform operator to raise the tenant's limit."
                : "To export more, upgrade the tenant to a higher edition (export packages per tenant: "
                        + better.stream().map(e -> e + " " + QuotaPolicy.of(e).exportPackagesPerTenant())
                                .collect(Collectors.joining(", ")) + ").";
        return "Packages already exported do not count again when imported. " + ways;
    }

    /**
     * The way out of a refused import source (not allowed or too large).
     *
     * @param policy the policy that refused
     * @param source the refused source
     * @return the advice, one or more sentences
     */
    public static String sourceAdvice(QuotaPolicy policy, PackageSource source) {
        boolean local = source instanceof PackageSource.LocalFile;
        String otherKind = local ? "remote object storage" : "a local file";
        Predicate<QuotaPolicy> otherKindAccepts = p -> (local ? p.remoteObjectImport() : p.localFileImport())
                .accepts(source.sizeBytes());
        List<String> ways = new ArrayList<>();
        if (otherKindAccepts.test(policy)) {
            ways.add(local ? "put the package in object storage and import it from there"
                    : "download the package and import it from a local file");
        }
        List<Edition> sameKind = upgrades(policy.edition(), p -> p.accepts(source));
        List<Edition> otherKindOnly = upgrades(policy.edition(), otherKindAccepts.and(p -> !p.accepts(source)));
        if (!sameKind.isEmpty()) {
            ways.add("upgrade to " + or(sameKind) + ", which accept" + (sameKind.size() == 1 ? "s" : "")
                    + " this package from " + kindOf(source));
        } else if (!otherKindOnly.isEmpty() && !otherKindAccepts.test(policy)) {
            ways.add("upgrade to " + or(otherKindOnly) + " and import the package from " + otherKind);
        }
        if (ways.isEmpty()) {
            ways.add("export fewer assets into each package (a custom export) so that each package is smaller");
        }
        return capitalise(String.join(", or ", ways)) + ".";
    }

    /**
     * The way out of a feature the edition does not offer.
     *
     * @param policy the policy that refused
     * @param feature the refused feature
     * @return the advice, one or more sentences
     */
    public static String featureAdvice(QuotaPolicy policy, Feature feature) {
        List<String> ways = new ArrayList<>();
        if (feature == Feature.AUTOMATIC_DEPLOY) {
            ways.add("import without automatic deploy and commit and deploy the tasks in the target workspace");
        }
        List<Edition> better = upgrades(policy.edition(), p -> p.allows(feature));
        if (!better.isEmpty()) {
            ways.add("upgrade to " + or(better));
        }
        if (ways.isEmpty()) {
            ways.add("ask the platform operator to enable it for this tenant");
        }
        return capitalise(String.join(", or ", ways)) + ".";
    }

    private static List<Edition> upgrades(Edition from, Predicate<QuotaPolicy> grants) {
        return from.higher().stream().filter(e -> grants.test(QuotaPolicy.of(e))).collect(Collectors.toList());
    }

    private static String or(List<Edition> editions) {
        if (editions.size() == 1) {
            return editions.get(0).toString();
        }
        String head = editions.subList(0, editions.size() - 1).stream()
                .map(Edition::toString).collect(Collectors.joining(", "));
        return head + " or " + editions.get(editions.size() - 1);
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
