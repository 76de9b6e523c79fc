package dev.assetmigration.cli;

import dev.assetmigration.model.AssetType;
import dev.assetmigration.pkg.ExternalAsset;
import dev.assetmigration.pkg.Manifest;
import dev.assetmigration.pkg.PackageEntry;
import dev.assetmigration.pkg.PackageReader;
import dev.assetmigration.pkg.PackagedAsset;
import dev.assetmigration.pkg.UnsupportedAsset;
import dev.assetmigration.spi.Tombstone;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code migration inspect}: a package's manifest summary and a full integrity check. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Summarise a package's manifest and check its integrity in full.",
            "Every entry's size and SHA-256, every descriptor and every reference are checked;",
            "exit code 1 names the first problem."})
final class InspectCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The package to inspect.")
    @Nullable Path file;

    InspectCommand(Console console) {
        super(console);
    }

    @Override
    int run() {
        if (!Files.isRegularFile(file)) {
            throw new CliFailure("Package " + file + " does not exist or is not a file.");
        }
        try (PackageReader reader = PackageReader.open(file)) {
            Manifest manifest = reader.manifest();
            reader.verify();
            long bytes = manifest.assets().stream().flatMap(a -> a.entries().stream()).mapToLong(PackageEntry::size).sum();
            Map<AssetType, Long> counts = new EnumMap<>(AssetType.class);
            manifest.assets().forEach(a -> counts.merge(a.ref().type(), 1L, Long::sum));
            console.out.print(common.json ? json(manifest, counts, bytes) + "\n" : table(manifest, counts, bytes));
        }
        return 0;
    }

    private String table(Manifest m, Map<AssetType, Long> counts, long bytes) {
        StringBuilder out = new StringBuilder();
        out.append("Package ").append(m.packageId()).append(" (format ").append(m.formatVersion()).append(")\n");
        out.append(String.format("  %-22s %s%n", "created", m.createdAt()));
        out.append(String.format("  %-22s %s%n", "export mode", m.exportMode()));
        if (m.since() != null) {
            out.append(String.format("  %-22s %s%n", "since", m.since()));
        }
        out.append(String.format("  %-22s %s%n", "high-water mark", m.highWaterMark() == null ? "-" : m.highWaterMark()));
        out.append(String.format("  %-22s %s%n", "source", m.source()));
        out.append(String.format("  %-22s %d assets, %d entries, %d bytes uncompressed%n", "content",
                m.assets().size(), m.entryCount(), bytes));
        counts.forEach((type, count) -> out.append(String.format("    %-24s %6d%n", type, count)));
        out.append(String.format("  %-22s %d%s%n", "tombstones", m.tombstones().size(),
                m.deletionsCovered() ? "" : " (the source does not record deletions)"));
        out.append(String.format("  %-22s %d%n", "external references", m.external().size()));
        out.append(String.format("  %-22s %d%n", "unsupported", m.unsupported().size()));
        for (UnsupportedAsset u : m.unsupported()) {
            out.append("    ").append(u.ref()).append(" '").append(path(u.folder(), u.name())).append("': ")
                    .append(u.reason()).append('\n');
        }
        out.append("Integrity: OK (").append(m.entryCount()).append(" entries match their size and SHA-256;"
                + " descriptors and references check out)\n");
        return out.toString();
    }

    private static String json(Manifest m, Map<AssetType, Long> counts, long bytes) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("packageId", m.packageId().toString());
            g.writeStringProperty("formatVersion", m.formatVersion().toString());
            g.writeStringProperty("createdAt", m.createdAt().toString());
            g.writeStringProperty("exportMode", m.exportMode().name());
            g.writeStringProperty("since", m.since() == null ? null : m.since().toString());
            g.writeStringProperty("highWaterMark", m.highWaterMark() == null ? null : m.highWaterMark().toString());
            g.writeObjectPropertyStart("source");
            g.writeStringProperty("platformVersion", m.source().platformVersion());
            g.writeStringProperty("account", m.source().account());
            g.writeStringProperty("region", m.source().region());
            g.writeStringProperty("workspace", m.source().workspace());
            g.writeEndObject();
            g.writeBooleanProperty("integrityOk", true);
            g.writeNumberProperty("entries", m.entryCount());
            g.writeNumberProperty("uncompressedBytes", bytes);
            g.writeObjectPropertyStart("counts");
            counts.forEach((type, count) -> g.writeNumberProperty(type.name(), count));
            g.writeEndObject();
            g.writeArrayPropertyStart("items");
            for (PackagedAsset a : m.assets()) {
                Json.item(g, a.ref().type().name(), a.ref().id(), a.name(), a.folder(), "PACKAGED", null);
            }
            for (UnsupportedAsset u : m.unsupported()) {
                Json.item(g, u.ref().type().name(), u.ref().id(), u.name(), u.folder(), "UNSUPPORTED", u.reason());
            }
            for (ExternalAsset e : m.external()) {
                Json.item(g, e.ref().type().name(), e.ref().id(), e.name(), e.folder(), "EXTERNAL", null);
            }
            for (Tombstone t : m.tombstones()) {
                Json.item(g, t.asset().type().name(), t.asset().id(), t.name(), t.folder(), "DELETED", null);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static String path(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}
