package dev.assetmigration.pkg.internal;

import dev.assetmigration.model.AssetRef;
import dev.assetmigration.pkg.ExportMode;
import dev.assetmigration.pkg.ExternalAsset;
import dev.assetmigration.pkg.FormatVersion;
import dev.assetmigration.pkg.Manifest;
import dev.assetmigration.pkg.ManifestException;
import dev.assetmigration.pkg.PackageEntry;
import dev.assetmigration.pkg.PackagedAsset;
import dev.assetmigration.pkg.UnsupportedAsset;
import dev.assetmigration.spi.Tombstone;
import dev.assetmigration.spi.WorkspaceInfo;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@code manifest.json} as compact JSON in its fixed field order and reads it back as a stream, one
 * asset at a time, so a manifest of a million assets never exists as one JSON tree. Reading
 * gathers every shape problem and fails once with a {@link ManifestException}.
 */
public final class ManifestCodec {

    private ManifestCodec() {
    }

    /**
     * Writes a manifest.
     *
     * @param manifest the manifest
     * @param out where the JSON goes; not closed
     */
    public static void write(Manifest manifest, OutputStream out) {
        try (JsonGenerator g = Json.compactGenerator(new NonClosingOutputStream(out))) {
            g.writeStartObject();
            g.writeStringProperty("formatVersion", manifest.formatVersion().toString());
            g.writeStringProperty("packageId", manifest.packageId().toString());
            g.writeStringProperty("createdAt", manifest.createdAt().toString());
            g.writeStringProperty("exportMode", manifest.exportMode().name());
            if (manifest.since() != null) {
                g.writeStringProperty("since", manifest.since().toString());
            }
            if (manifest.highWaterMark() != null) {
                g.writeStringProperty("highWaterMark", manifest.highWaterMark().toString());
            }
            WorkspaceInfo source = manifest.source();
            g.writeName("source");
            g.writeStartObject();
            g.writeStringProperty("platformVersion", source.platformVersion());
            g.writeStringProperty("account", source.account());
            g.writeStringProperty("region", source.region());
            g.writeStringProperty("workspace", source.workspace());
            g.writeEndObject();
            g.writeBooleanProperty("deletionsCovered", manifest.deletionsCovered());
            g.writeName("tombstones");
            g.writeStartArray();
            for (Tombstone t : manifest.tombstones()) {
                g.writeStartObject();
                writeStub(g, t.asset(), t.name(), t.folder());
                g.writeStringProperty("deletedAt", t.deletedAt().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("unsupported");
            g.writeStartArray();
            for (UnsupportedAsset u : manifest.unsupported()) {
                g.writeStartObject();
                writeStub(g, u.ref(), u.name(), u.folder());
                g.writeStringProperty("reason", u.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("external");
            g.writeStartArray();
            for (ExternalAsset x : manifest.external()) {
                g.writeStartObject();
                writeStub(g, x.ref(), x.name(), x.folder());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("assets");
            g.writeStartArray();
            for (PackagedAsset a : manifest.assets()) {
                g.writeStartObject();
                writeStub(g, a.ref(), a.name(), a.folder());
                g.writeName("dependencies");
                DescriptorCodec.writeRefs(g, a.dependencies());
                g.writeName("entries");
                g.writeStartArray();
                for (PackageEntry e : a.entries()) {
                    g.writeStartObject();
                    g.writeStringProperty("path", e.path());
                    g.writeNumberProperty("size", e.size());
                    g.writeStringProperty("sha256", e.sha256());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeStub(JsonGenerator g, AssetRef ref, String name, String folder) {
        g.writeStringProperty("type", ref.type().name());
        g.writeStringProperty("id", ref.id());
        g.writeStringProperty("name", name);
        g.writeStringProperty("folder", folder);
    }

    /**
     * Feeds one asset record into the digest the package id is derived from: the same fields as
     * its manifest entry, length-prefixed so that no two records feed the same bytes.
     *
     * @param digest the running digest
     * @param asset the record
     */
    public static void digest(java.security.MessageDigest digest, PackagedAsset asset) {
        digestStub(digest, asset.ref(), asset.name(), asset.folder());
        digestField(digest, String.valueOf(asset.dependencies().size()));
        for (AssetRef dependency : asset.dependencies()) {
            digestField(digest, dependency.toString());
        }
        digestField(digest, String.valueOf(asset.entries().size()));
        for (PackageEntry entry : asset.entries()) {
            digestField(digest, entry.path());
            digestField(digest, String.valueOf(entry.size()));
            digestField(digest, entry.sha256());
        }
    }

    /**
     * Feeds everything but the packaged assets into the digest: header, tombstones, unsupported
     * and external assets, in manifest order.
     *
     * @param digest the running digest, which has seen every packaged asset
     * @param manifest the manifest (its id is ignored)
     */
    public static void digestRest(java.security.MessageDigest digest, Manifest manifest) {
        digestField(digest, manifest.formatVersion().toString());
        digestField(digest, manifest.createdAt().toString());
        digestField(digest, manifest.exportMode().name());
        digestField(digest, String.valueOf(manifest.since()));
        digestField(digest, String.valueOf(manifest.highWaterMark()));
        digestField(digest, manifest.source().platformVersion());
        digestField(digest, manifest.source().account());
        digestField(digest, manifest.source().region());
        digestField(digest, manifest.source().workspace());
        digestField(digest, String.valueOf(manifest.deletionsCovered()));
        digestField(digest, "tombstones " + manifest.tombstones().size());
        for (Tombstone t : manifest.tombstones()) {
            digestStub(digest, t.asset(), t.name(), t.folder());
            digestField(digest, t.deletedAt().toString());
        }
        digestField(digest, "unsupported " + manifest.unsupported().size());
        for (UnsupportedAsset u : manifest.unsupported()) {
            digestStub(digest, u.ref(), u.name(), u.folder());
            digestField(digest, u.reason());
        }
        digestField(digest, "external " + manifest.external().size());
        for (ExternalAsset x : manifest.external()) {
            digestStub(digest, x.ref(), x.name(), x.folder());
        }
    }

    private static void digestStub(java.security.MessageDigest digest, AssetRef ref, String name, String folder) {
        digestField(digest, ref.toString());
        digestField(digest, name);
        digestField(digest, folder);
    }

    private static void digestField(java.security.MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int n = bytes.length;
        digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        digest.update(bytes);
    }

    /** The manifest as read, with the upgrade its version needs for the descriptors. */
    public record Parsed(Manifest manifest, FormatUpgrades.Upgrade upgrade) {
    }

    /**
     * Reads a manifest.
     *
     * @param in the JSON bytes; not closed
     * @return the manifest and the upgrade for its descriptors
     * @throws ManifestException listing every shape problem
     * @throws dev.assetmigration.pkg.UnsupportedFormatVersionException for an unreadable version
     */
    public static Parsed read(InputStream in) {
        List<String> problems = new ArrayList<>();
        ObjectNode header = Json.MAPPER.createObjectNode();
        CompactAssetList assets = new CompactAssetList();
        FormatUpgrades.Upgrade upgrade = FormatUpgrades.Upgrade.IDENTITY;
        FormatVersion version = FormatVersion.CURRENT;
        boolean[] sawAssets = {false};
        try (JsonParser p = Json.STREAMING.createParser(new NonClosingInputStream(in))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ManifestException(List.of("the manifest must be a JSON object"));
            }
            boolean first = true;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = upgrade.manifestField(p.currentName());
                p.nextToken();
                if (first) {
                    first = false;
                    if (!name.equals("formatVersion") || p.currentToken() != JsonToken.VALUE_STRING) {
                        throw new ManifestException(List.of("formatVersion: must be the first field and a string such as \"1.0\""));
                    }
                    try {
                        version = FormatVersion.parse(p.getString());
                    } catch (IllegalArgumentException e) {
                        throw new ManifestException(List.of("formatVersion: " + e.getMessage()));
                    }
                    upgrade = FormatUpgrades.from(version);
                    continue;
                }
                if (name.equals("assets")) {
                    sawAssets[0] = true;
                    readAssets(p, upgrade, assets, problems);
                } else {
                    header.set(name, Json.STREAMING.readTree(p));
                }
            }
        } catch (JacksonException e) {
            throw new ManifestException(List.of("not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr())));
        }
        if (!sawAssets[0]) {
            problems.add("assets: is missing");
        }
        Manifest manifest = toManifest(version, header, assets.freeze(), problems);
        if (!problems.isEmpty()) {
            throw new ManifestException(problems);
        }
        return new Parsed(manifest, upgrade);
    }

    private static void readAssets(JsonParser p, FormatUpgrades.Upgrade upgrade, CompactAssetList assets,
            List<String> problems) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            problems.add("assets: must be an array");
            p.skipChildren();
            return;
        }
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode node = upgrade.manifestAsset(Json.STREAMING.readTree(p));
            PackagedAsset asset = toAsset(new NodeReader(node, "assets[" + index + "]", problems));
            if (asset != null) {
                assets.add(asset);
            }
            index++;
        }
    }

    private static @Nullable PackagedAsset toAsset(NodeReader r) {
        int before = r.problems().size();
        AssetRef ref = r.ref();
        String name = r.string("name");
        String folder = r.string("folder");
        List<AssetRef> dependencies = r.refs("dependencies");
        List<PackageEntry> entries = new ArrayList<>(2);
        List<NodeReader> listed = r.array("entries");
        for (NodeReader e : listed) {
            String path = e.nonBlank("path");
            long size = e.number("size", 0);
            String sha = e.string("sha256");
            if (!sha.equals("?") && !Digests.isSha256Hex(sha)) {
                e.problem("sha256", "'" + sha + "' is not 64 lower-case hex digits");
            }
            if (r.problems().size() == before) {
                entries.add(new PackageEntry(path, size, sha));
            }
        }
        if (listed.isEmpty()) {
            r.problem("entries", "must list at least the descriptor");
        }
        return r.problems().size() == before ? new PackagedAsset(ref, name, folder, dependencies, entries) : null;
    }

    private static Manifest toManifest(FormatVersion version, ObjectNode fields, List<PackagedAsset> assets,
            List<String> problems) {
        NodeReader r = new NodeReader(fields, "", problems);
        String id = r.string("packageId");
        UUID packageId = new UUID(0, 0);
        try {
            packageId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            if (!id.equals("?")) {
                r.problem("packageId", "'" + id + "' is not a UUID");
            }
        }
        Instant createdAt = r.instant("createdAt");
        ExportMode mode = r.enumValue("exportMode", ExportMode.class);
        Instant since = r.optInstant("since");
        Instant highWaterMark = r.optInstant("highWaterMark");
        NodeReader s = r.object("source");
        WorkspaceInfo source = new WorkspaceInfo(s.string("platformVersion"), s.string("account"), s.string("region"),
                s.string("workspace"));
        boolean deletionsCovered = r.bool("deletionsCovered");
        List<Tombstone> tombstones = new ArrayList<>();
        for (NodeReader t : r.array("tombstones")) {
            tombstones.add(new Tombstone(t.ref(), t.string("folder"), t.string("name"), t.instant("deletedAt")));
        }
        List<UnsupportedAsset> unsupported = new ArrayList<>();
        for (NodeReader u : r.array("unsupported")) {
            unsupported.add(new UnsupportedAsset(u.ref(), u.string("name"), u.string("folder"), u.string("reason")));
        }
        List<ExternalAsset> external = new ArrayList<>();
        for (NodeReader x : r.array("external")) {
            external.add(new ExternalAsset(x.ref(), x.string("name"), x.string("folder")));
        }
        if ((mode == ExportMode.INCREMENTAL) != (since != null) && problems.isEmpty()) {
            r.problem("since", "must be present exactly for INCREMENTAL packages (mode is " + mode + ")");
        }
        return new Manifest(version, packageId, createdAt, mode, since, highWaterMark, source, deletionsCovered, assets,
                tombstones, unsupported, external);
    }
}
