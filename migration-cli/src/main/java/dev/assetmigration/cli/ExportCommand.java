package dev.assetmigration.cli;

import dev.assetmigration.export.CustomExport;
import dev.assetmigration.export.DependencyMode;
import dev.assetmigration.export.ExportOptions;
import dev.assetmigration.export.ExportReport;
import dev.assetmigration.export.ExportStep;
import dev.assetmigration.export.Selector;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.pkg.ExternalAsset;
import dev.assetmigration.pkg.Manifest;
import dev.assetmigration.pkg.PackageReader;
import dev.assetmigration.pkg.PackagedAsset;
import dev.assetmigration.pkg.UnsupportedAsset;
import dev.assetmigration.workspace.DirectoryWorkspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code migration export}: a directory workspace to a package. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export assets of a directory workspace into a migration package.",
            "Exactly one method: --full, --incremental --since INSTANT, or --select SELECTOR...",
            "SOURCE_DATE_EPOCH (seconds) fixes the package's creation time, for reproducible packages."})
final class ExportCommand extends BaseCommand {

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "The directory workspace to read.")
    @Nullable Path workspace;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The package file to write (replaced).")
    @Nullable Path out;

    @Option(names = "--full", description = "Every asset of the chosen types.")
    boolean full;

    @Option(names = "--incremental", description = "Assets modified after --since, plus recorded deletions.")
    boolean incremental;

    @Option(names = "--since", paramLabel = "INSTANT", description = "For --incremental: an ISO-8601 instant, e.g. 2026-11-01T00:00:00Z.")
    @Nullable String since;

    @Option(names = "--select", paramLabel = "SELECTOR", split = ",",
            description = "Custom export: id:TYPE/ID, folder:PREFIX, name:GLOB or type:TYPE; repeatable.")
    List<String> select = new ArrayList<>();

    @Option(names = "--with-dependencies", description = "Pull in what the selection depends on (upstream tasks and referenced assets).")
    boolean withDependencies;

    @Option(names = "--downstream", description = "With --with-dependencies: also the tasks that depend on the selection.")
    boolean downstream;

    @Option(names = "--depth", paramLabel = "N", description = "With --with-dependencies: follow task edges at most N steps.")
    @Nullable Integer depth;

    @Option(names = "--types", paramLabel = "TYPE", split = ",", description = "Only these asset types, e.g. AUTO_TRIGGERED_TASK,RESOURCE.")
    List<String> types = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "SELECTOR", split = ",", description = "Leave out what these selectors match; repeatable.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the result as JSON to FILE.")
    @Nullable Path report;

    @Mixin
    GovernanceOptions governance = new GovernanceOptions();

    ExportCommand(Console console) {
        super(console);
    }

    @Override
    int run() {
        int methods = (full ? 1 : 0) + (incremental ? 1 : 0) + (select.isEmpty() ? 0 : 1);
        if (methods != 1) {
            throw usage("Choose exactly one export method: --full, --incremental --since INSTANT, or --select SELECTOR.");
        }
        if (incremental != (since != null)) {
            throw usage(incremental ? "--incremental needs --since INSTANT." : "--since belongs to --incremental.");
        }
        if (!withDependencies && (downstream || depth != null)) {
            throw usage("--downstream and --depth refine --with-dependencies; add it.");
        }
        if (withDependencies && select.isEmpty()) {
            throw usage("--with-dependencies applies to a custom export (--select).");
        }
        if (depth != null && depth < 1) {
            throw usage("--depth must be at least 1.");
        }
        DirectoryWorkspace source = DirectoryWorkspace.open(workspace);
        ExportStep step = governance.export(source);
        ExportOptions<?> export;
        if (full) {
            export = step.full();
        } else if (incremental) {
            export = step.incremental().since(instant(since));
        } else {
            CustomExport custom = step.custom().select(selectors(select));
            if (withDependencies) {
                DependencyMode mode = downstream ? DependencyMode.BOTH : DependencyMode.UPSTREAM;
                custom = depth == null ? custom.withDependencies(mode) : custom.withDependencies(mode, depth);
            }
            export = custom;
        }
        ExportReport result = configure(export).toPackage(out);
        Manifest manifest;
        try (PackageReader reader = PackageReader.open(out)) {
            manifest = reader.manifest();
        }
        String json = json(result, manifest, out);
        if (report != null) {
            Json.toFile(report, json);
        }
        if (common.json) {
            console.out.println(json);
        } else {
            console.out.print(result);
            console.out.println("Package written to " + out);
        }
        return 0;
    }

    private <S extends ExportOptions<S>> S configure(ExportOptions<S> export) {
        S configured = export.progress(ProgressPrinter.of(console));
        if (!types.isEmpty()) {
            configured = configured.types(types(types));
        }
        if (!exclude.isEmpty()) {
            configured = configured.exclude(selectors(exclude));
        }
        Clock clock = sourceDateEpoch(console);
        if (clock != null) {
            configured = configured.clock(clock);
        }
        return configured;
    }

    /** The export clock fixed by SOURCE_DATE_EPOCH, as reproducible-builds.org defines it. */
    static @Nullable Clock sourceDateEpoch(Console console) {
        String epoch = console.env("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return null;
        }
        try {
            return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(epoch.trim())), ZoneOffset.UTC);
        } catch (NumberFormatException e) {
            throw new CliFailure("SOURCE_DATE_EPOCH='" + epoch + "' is not a number of seconds since 1970-01-01T00:00:00Z.");
        }
    }

    private Instant instant(@Nullable String text) {
        try {
            return Instant.parse(String.valueOf(text));
        } catch (DateTimeParseException e) {
            throw usage("--since '" + text + "' is not an ISO-8601 instant such as 2026-11-01T00:00:00Z.");
        }
    }

    private Selector[] selectors(List<String> texts) {
        Selector[] selectors = new Selector[texts.size()];
        for (int i = 0; i < selectors.length; i++) {
            try {
                selectors[i] = Selector.parse(texts.get(i));
            } catch (dev.assetmigration.error.MigrationException e) {
                throw usage(e.getMessage());
            }
        }
        return selectors;
    }

    private AssetType[] types(List<String> names) {
        AssetType[] parsed = new AssetType[names.size()];
        for (int i = 0; i < parsed.length; i++) {
            try {
                parsed[i] = AssetType.valueOf(names.get(i).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw usage("Unknown asset type '" + names.get(i) + "' in --types; known types: "
                        + java.util.Arrays.toString(AssetType.values()) + ".");
            }
        }
        return parsed;
    }

    private static String json(ExportReport result, Manifest manifest, Path file) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("packageId", manifest.packageId().toString());
            g.writeStringProperty("file", file.toString());
            g.writeStringProperty("mode", result.mode().name());
            g.writeNumberProperty("packageBytes", result.packageBytes());
            g.writeNumberProperty("elapsedMillis", result.elapsed().toMillis());
            g.writeStringProperty("highWaterMark", result.highWaterMark() == null ? null : result.highWaterMark().toString());
            g.writeObjectPropertyStart("counts");
            result.exported().forEach((type, count) -> g.writeNumberProperty(type.name(), count));
            g.writeEndObject();
            g.writeArrayPropertyStart("items");
            for (PackagedAsset asset : manifest.assets()) {
                Json.item(g, asset.ref().type().name(), asset.ref().id(), asset.name(), asset.folder(), "EXPORTED", null);
            }
            for (UnsupportedAsset asset : manifest.unsupported()) {
                Json.item(g, asset.ref().type().name(), asset.ref().id(), asset.name(), asset.folder(), "UNSUPPORTED", asset.reason());
            }
            for (ExternalAsset asset : manifest.external()) {
                Json.item(g, asset.ref().type().name(), asset.ref().id(), asset.name(), asset.folder(), "EXTERNAL", null);
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("warnings");
            result.warnings().forEach(g::writeString);
            result.missingDependencies().forEach(m -> g.writeString("missing dependency: " + m));
            g.writeEndArray();
            g.writeEndObject();
        });
    }

}
