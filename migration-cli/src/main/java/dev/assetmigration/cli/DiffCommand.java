package dev.assetmigration.cli;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.pkg.AssetFile;
import dev.assetmigration.pkg.AssetLayout;
import dev.assetmigration.pkg.ExternalAsset;
import dev.assetmigration.pkg.PackageReader;
import dev.assetmigration.pkg.PackagedAsset;
import dev.assetmigration.spi.AssetQuery;
import dev.assetmigration.workspace.DirectoryWorkspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code migration diff}: what differs between two packages, or a package and a workspace. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two packages, or a package and a directory workspace (either order).",
            "Assets are matched by type, folder and name, as an import matches them; ids are ignored and",
            "dependencies compare by the folder and name they point to. Content compares byte for byte.",
            "Exit code 0 when they hold the same assets, 1 when they differ (like diff(1))."})
final class DiffCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "A", description = "A package file or a directory workspace.")
    @Nullable Path a;

    @Parameters(index = "1", paramLabel = "B", description = "A package file or a directory workspace.")
    @Nullable Path b;

    DiffCommand(Console console) {
        super(console);
    }

    @Override
    int run() {
        Map<String, String> left = fingerprints(a);
        Map<String, String> right = fingerprints(b);
        List<String> onlyA = new ArrayList<>();
        List<String> onlyB = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int same = 0;
        for (Map.Entry<String, String> entry : left.entrySet()) {
            String other = right.get(entry.getKey());
            if (other == null) {
                onlyA.add(entry.getKey());
            } else if (other.equals(entry.getValue())) {
                same++;
            } else {
                changed.add(entry.getKey());
            }
        }
        right.keySet().stream().filter(k -> !left.containsKey(k)).forEach(onlyB::add);
        int equal = same;
        if (common.json) {
            console.out.println(Json.write(g -> {
                g.writeStartObject();
                g.writeStringProperty("a", a.toString());
                g.writeStringProperty("b", b.toString());
                g.writeNumberProperty("same", equal);
                g.writeArrayPropertyStart("items");
                onlyA.forEach(k -> item(g, k, "ONLY_IN_A"));
                onlyB.forEach(k -> item(g, k, "ONLY_IN_B"));
                changed.forEach(k -> item(g, k, "CHANGED"));
                g.writeEndArray();
                g.writeEndObject();
            }));
        } else {
            onlyA.forEach(k -> console.out.println("- " + k));
            onlyB.forEach(k -> console.out.println("+ " + k));
            changed.forEach(k -> console.out.println("~ " + k));
            console.out.printf("%d same, %d changed, %d only in %s, %d only in %s%n", same, changed.size(), onlyA.size(), a,
                    onlyB.size(), b);
        }
        return onlyA.isEmpty() && onlyB.isEmpty() && changed.isEmpty() ? 0 : 1;
    }

    private static void item(tools.jackson.core.JsonGenerator g, String key, String outcome) {
        g.writeStartObject();
        g.writeStringProperty("name", key);
        g.writeStringProperty("outcome", outcome);
        g.writeEndObject();
    }

    /** Returns "TYPE folder/name" to a digest of the asset's files, ids replaced by identities. */
    private Map<String, String> fingerprints(@Nullable Path side) {
        if (side == null || !Files.exists(side)) {
            throw new CliFailure(side + " does not exist; give a package file or a directory workspace.");
        }
        Map<String, String> prints = new TreeMap<>();
        if (Files.isDirectory(side)) {
            DirectoryWorkspace ws = DirectoryWorkspace.open(side);
            Map<AssetRef, String> identities = new HashMap<>();
            try (Stream<Asset> assets = ws.assets(AssetQuery.all())) {
                assets.forEach(asset -> identities.put(asset.ref(), key(asset.ref(), asset.folder(), asset.name())));
            }
            try (Stream<Asset> assets = ws.assets(AssetQuery.all())) {
                assets.forEach(asset -> prints.put(identities.get(asset.ref()), digest(asset, identities)));
            }
            return prints;
        }
        try (PackageReader reader = PackageReader.open(side)) {
            Map<AssetRef, String> identities = new HashMap<>();
            for (PackagedAsset asset : reader.manifest().assets()) {
                identities.put(asset.ref(), key(asset.ref(), asset.folder(), asset.name()));
            }
            for (ExternalAsset asset : reader.manifest().external()) {
                identities.put(asset.ref(), key(asset.ref(), asset.folder(), asset.name()));
            }
            try (Stream<Asset> assets = reader.assets()) {
                assets.forEach(asset -> prints.put(identities.get(asset.ref()), digest(asset, identities)));
            }
        }
        return prints;
    }

    private static String key(AssetRef ref, @Nullable String folder, @Nullable String name) {
        String path = folder == null || folder.isEmpty() ? String.valueOf(name) : folder + "/" + name;
        return ref.type() + " " + path;
    }

    private static String digest(Asset asset, Map<AssetRef, String> identities) {
        List<AssetRef> dependencies = asset.meta().dependencies().stream()
                .map(d -> AssetRef.of(d.type(), identities.getOrDefault(d, "external " + d)))
                .toList();
        Asset normalised = asset.withMeta(asset.meta().withId("-").withDependencies(dependencies));
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        for (AssetFile file : AssetLayout.files(normalised)) {
            sha.update(file.path().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (InputStream in = new DigestInputStream(file.content().open(), sha)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.path(), e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
