package dev.assetmigration.cli;

import dev.assetmigration.imports.ConflictPolicy;
import dev.assetmigration.imports.ImportFailedException;
import dev.assetmigration.imports.ImportOptions;
import dev.assetmigration.imports.ImportReport;
import dev.assetmigration.imports.SecretResolver;
import dev.assetmigration.imports.UnresolvedSecrets;
import dev.assetmigration.workspace.ClearSecrets;
import dev.assetmigration.workspace.DirectoryWorkspace;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migration import}: a package into a directory workspace. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import a migration package into a directory workspace (created if missing).",
            "The import is all-or-nothing and holds the workspace lock while it writes.",
            "Unresolved secret placeholders are kept as placeholders, with a warning on the item."})
final class ImportCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The package to import.")
    @Nullable Path file;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "The directory workspace to write.")
    @Nullable Path workspace;

    @Option(names = "--on-conflict", paramLabel = "POLICY", defaultValue = "fail",
            description = "When the target has an asset of the same type, folder and name: skip, overwrite, rename or fail (default: ${DEFAULT-VALUE}).")
    String onConflict = "fail";

    @Option(names = "--map-data-source", paramLabel = "FROM=TO", description = "Bind to data source TO instead of FROM; repeatable.")
    List<String> mapDataSource = new ArrayList<>();

    @Option(names = "--secret", paramLabel = "NAME=VALUE", description = "Resolve a secret placeholder, e.g. sales_mysql.password=...; repeatable.")
    List<String> secret = new ArrayList<>();

    @Option(names = "--secrets-file", paramLabel = "FILE", description = "A properties file of placeholder=value lines.")
    @Nullable Path secretsFile;

    @Option(names = "--allow-unresolved-references",
            description = "Import even if a reference (or a --map-data-source target) is neither in the package nor in the"
                    + " target; such references are dropped with a warning.")
    boolean allowUnresolved;

    @Option(names = "--apply-deletions", description = "Delete the target assets that the package's tombstones name.")
    boolean applyDeletions;

    @Option(names = "--deploy", description = "Commit and deploy imported tasks (edition permitting; the target must support deployment).")
    boolean deploy;

    @Option(names = "--dry-run", description = "Show what the import would do; write nothing.")
    boolean dryRun;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the import report as JSON to FILE.")
    @Nullable Path report;

    @Mixin
    GovernanceOptions governance = new GovernanceOptions();

    ImportCommand(Console console) {
        super(console);
    }

    @Override
    int run() {
        ConflictPolicy policy = policy();
        Map<String, String> mappings = pairs(mapDataSource, "--map-data-source", "FROM=TO");
        Map<String, String> secrets = new LinkedHashMap<>(readSecretsFile());
        secrets.putAll(pairs(secret, "--secret", "NAME=VALUE"));
        if (!Files.isRegularFile(file)) {
            throw new CliFailure("Package " + file + " does not exist or is not a file.");
        }
        Path scratch = dryRun && !Files.exists(workspace) ? scratchDirectory() : null;
        try {
            return importInto(scratch != null ? scratch : workspace, secrets, mappings, policy);
        } finally {
            if (scratch != null) {
                deleteQuietly(scratch);
            }
        }
    }

    private int importInto(Path directory, Map<String, String> secrets, Map<String, String> mappings, ConflictPolicy policy) {
        DirectoryWorkspace target = DirectoryWorkspace.builder(directory).createIfMissing()
                .clearSecrets(secrets.isEmpty() ? ClearSecrets.REFUSE : ClearSecrets.LOCAL_FILE).open();
        if (!target.recoveredOnOpen().isEmpty()) {
            console.warn("rolled back an unfinished write left by a crashed process: " + target.recoveredOnOpen());
        }
        if (!secrets.isEmpty()) {
            console.warn("resolved secrets are kept in " + target.root().resolve(DirectoryWorkspace.SECRETS_FILE)
                    + " (git-ignored), never in the asset files");
        }
        ImportOptions options = governance.importPackage(file).into(target)
                .onConflict(policy)
                .secrets(SecretResolver.of(secrets))
                .onUnresolvedSecret(UnresolvedSecrets.KEEP_PLACEHOLDER)
                .progress(ProgressPrinter.of(console));
        for (Map.Entry<String, String> mapping : mappings.entrySet()) {
            options = options.mapDataSource(mapping.getKey(), mapping.getValue());
        }
        if (allowUnresolved) {
            options = options.allowUnresolvedReferences();
        }
        if (applyDeletions) {
            options = options.applyDeletions();
        }
        if (deploy) {
            options = options.deploy();
        }
        ImportReport result;
        try {
            result = dryRun ? options.dryRun() : options.run();
        } catch (ImportFailedException e) {
            if (report != null) {
                Json.toFile(report, e.report().toJson());
            }
            throw e;
        }
        if (report != null) {
            Json.toFile(report, result.toJson());
        }
        long placeholders = result.items().stream()
                .filter(i -> i.warnings().stream().anyMatch(w -> w.contains("kept as placeholder"))).count();
        if (placeholders > 0) {
            console.warn(placeholders + " data source(s) keep unresolved secret placeholders; pass --secret NAME=VALUE"
                    + " or --secrets-file to resolve them");
        }
        console.out.print(common.json ? result.toJson() + "\n" : result.toString());
        return 0;
    }

    /** A dry run into a directory that does not exist plans against an empty one, creating nothing. */
    private static Path scratchDirectory() {
        try {
            return Files.createTempDirectory("migration-dry-run");
        } catch (IOException e) {
            throw new CliFailure("Cannot create a temporary directory for the dry run: " + e.getMessage() + ".");
        }
    }

    private static void deleteQuietly(Path dir) {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is harmless.
        }
    }

    private ConflictPolicy policy() {
        try {
            return ConflictPolicy.valueOf(onConflict.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage("--on-conflict '" + onConflict + "' is not one of skip, overwrite, rename, fail.");
        }
    }

    private Map<String, String> pairs(List<String> texts, String option, String form) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String text : texts) {
            int eq = text.indexOf('=');
            if (eq <= 0) {
                throw usage(option + " '" + (option.equals("--secret") ? text.substring(0, Math.max(0, eq)) + "=…" : text)
                        + "' is not of the form " + form + ".");
            }
            pairs.put(text.substring(0, eq), text.substring(eq + 1));
        }
        return pairs;
    }

    private Map<String, String> readSecretsFile() {
        if (secretsFile == null) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(secretsFile, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new CliFailure("Cannot read the secrets file " + secretsFile + ": " + e.getMessage() + ".");
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(name -> secrets.put(name, properties.getProperty(name)));
        return secrets;
    }
}
