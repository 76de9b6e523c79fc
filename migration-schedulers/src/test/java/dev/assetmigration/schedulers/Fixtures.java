package dev.assetmigration.schedulers;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.Task;
import dev.assetmigration.spi.AssetQuery;
import dev.assetmigration.spi.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test helpers: fixture paths, temporary sources, lookups. */
final class Fixtures {

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes files (relative path to UTF-8 text) below a directory. */
    static Path write(Path dir, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Zips a directory's files, with entry names relative to it. */
    static Path zip(Path dir, Path zip) {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zos = new ZipOutputStream(out);
                Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                zos.putNextEntry(new ZipEntry(dir.relativize(file).toString().replace('\\', '/')));
                zos.write(Files.readAllBytes(file));
                zos.closeEntry();
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a zip with the given raw entry names and texts. */
    static Path zipEntries(Path zip, Map<String, String> entries) {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zos = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zos.putNextEntry(new ZipEntry(entry.getKey()));
                zos.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zos.closeEntry();
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Asset> all(Workspace workspace) {
        try (Stream<Asset> assets = workspace.assets(AssetQuery.all())) {
            return assets.toList();
        }
    }

    static Task task(Workspace workspace, String folder, String name) {
        return all(workspace).stream().filter(a -> a instanceof Task && a.folder().equals(folder)
                && a.name().equals(name)).map(Task.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + folder + "/" + name + " in " + all(workspace)
                        .stream().map(a -> a.meta().path()).toList()));
    }

    static List<String> upstreamNames(Workspace workspace, Asset asset) {
        return asset.meta().dependencies().stream().filter(r -> r.type().isTask())
                .map(r -> name(workspace, r)).toList();
    }

    static List<String> resourceNames(Workspace workspace, Asset asset) {
        return asset.meta().dependencies().stream().filter(r -> !r.type().isTask())
                .map(r -> name(workspace, r)).toList();
    }

    static String name(Workspace workspace, AssetRef ref) {
        return workspace.provider(ref.type()).findById(ref.id()).map(Asset::name)
                .orElseThrow(() -> new AssertionError("dangling reference " + ref));
    }

    static String text(Asset resource) {
        try (var in = ((dev.assetmigration.model.Resource) resource).content().open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
