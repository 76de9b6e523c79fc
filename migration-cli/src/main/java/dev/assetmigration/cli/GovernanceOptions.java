package dev.assetmigration.cli;

import dev.assetmigration.Migration;
import dev.assetmigration.export.ExportStep;
import dev.assetmigration.governance.AccessPolicy;
import dev.assetmigration.governance.Actor;
import dev.assetmigration.governance.Governance;
import dev.assetmigration.governance.Principal;
import dev.assetmigration.governance.Role;
import dev.assetmigration.imports.ImportStep;
import dev.assetmigration.quota.Edition;
import dev.assetmigration.quota.QuotaGuard;
import dev.assetmigration.quota.QuotaLedger;
import dev.assetmigration.quota.QuotaPolicy;
import dev.assetmigration.spi.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The governance options of the commands that migrate (export, import, convert): --edition and
 * --as. Without them the caller is a trusted local operator and no edition rule applies.
 */
final class GovernanceOptions {

    /** The principal that stands for the local operator when only --edition is given. */
    static final String LOCAL_OPERATOR = "local-operator";

    @Spec(Spec.Target.MIXEE)
    @Nullable CommandSpec spec;

    @Option(names = "--edition", paramLabel = "EDITION",
            description = "Enforce an edition's rules: basic, standard, professional or enterprise.")
    @Nullable String edition;

    @Option(names = "--as", paramLabel = "PRINCIPAL[:ROLE]",
            description = "Act as this principal with this role (account_owner, workspace_admin, developer,"
                    + " operator, deployer, visitor; default account_owner).")
    @Nullable String as;

    /** Tells whether a governance rule applies. */
    boolean governed() {
        return edition != null || as != null;
    }

    ExportStep export(Workspace source) {
        return actor().map(a -> a.export(source)).orElseGet(() -> Migration.export(source));
    }

    ImportStep importPackage(Path file) {
        return actor().map(a -> a.importPackage(file)).orElseGet(() -> Migration.importPackage(file));
    }

    /** Returns the quota guard of the chosen edition, if any. */
    Optional<QuotaGuard> quota() {
        if (edition == null) {
            return Optional.empty();
        }
        Edition chosen;
        try {
            chosen = Edition.valueOf(edition.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage("Unknown edition '" + edition + "'; use basic, standard, professional or enterprise.");
        }
        return Optional.of(QuotaGuard.of(QuotaPolicy.of(chosen), QuotaLedger.inMemory()));
    }

    private Optional<Actor> actor() {
        if (!governed()) {
            return Optional.empty();
        }
        String name = LOCAL_OPERATOR;
        Role role = Role.ACCOUNT_OWNER;
        if (as != null) {
            int colon = as.indexOf(':');
            name = colon < 0 ? as : as.substring(0, colon);
            if (name.isBlank()) {
                throw usage("--as needs a principal name, for example --as alice:workspace_admin.");
            }
            if (colon >= 0) {
                String roleName = as.substring(colon + 1);
                try {
                    role = Role.valueOf(roleName.toUpperCase(Locale.ROOT).replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    throw usage("Unknown role '" + roleName + "' in --as; use account_owner, workspace_admin, developer,"
                            + " operator, deployer or visitor.");
                }
            }
        }
        Governance.Builder rules = Governance.builder(AccessPolicy.of(Map.of(name, role)));
        quota().ifPresent(rules::quota);
        return Optional.of(Migration.governedBy(rules.build()).as(Principal.of(name)));
    }

    ParameterException usage(String message) {
        if (spec == null) {
            throw new IllegalStateException(message);
        }
        return new ParameterException(spec.commandLine(), message);
    }
}
