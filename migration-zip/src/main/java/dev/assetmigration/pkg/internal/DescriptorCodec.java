package dev.assetmigration.pkg.internal;

import dev.assetmigration.model.AdHocQuery;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetMeta;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.AutoTriggeredTask;
import dev.assetmigration.model.Column;
import dev.assetmigration.model.Component;
import dev.assetmigration.model.ComponentParameter;
import dev.assetmigration.model.Content;
import dev.assetmigration.model.DataSource;
import dev.assetmigration.model.LifecycleState;
import dev.assetmigration.model.ManuallyTriggeredTask;
import dev.assetmigration.model.NodeType;
import dev.assetmigration.model.RerunPolicy;
import dev.assetmigration.model.Resource;
import dev.assetmigration.model.ResourceKind;
import dev.assetmigration.model.Schedule;
import dev.assetmigration.model.Secret;
import dev.assetmigration.model.TableMetadata;
import dev.assetmigration.model.Task;
import dev.assetmigration.model.TaskDefinition;
import dev.assetmigration.model.UserFunction;
import dev.assetmigration.pkg.AssetFile;
import dev.assetmigration.pkg.DescriptorException;
import dev.assetmigration.pkg.PackageIoException;
import dev.assetmigration.pkg.PackageLimitException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Maps one asset to its files and back: a JSON descriptor with every model field in a fixed
 * order, plus a UTF-8 code file or the resource's bytes. Clear secrets are never serialised.
 */
public final class DescriptorCodec {

    /** The directory all asset files live under. */
    public static final String ASSETS_ROOT = "assets/";

    /** The largest descriptor or code file read into memory: 64 MiB. */
    public static final long MAX_TEXT_BYTES = 64L * 1024 * 1024;

    private static final String DESCRIPTOR_SUFFIX = ".json";
    private static final String FILES_SUFFIX = ".files/";

    private DescriptorCodec() {
    }

    // ------------------------------------------------------------------ paths

    /**
     * Returns the path prefix of an asset's files: {@code assets/<TYPE>/<folder>/<name>} with
     * every segment encoded.
     *
     * @param type the asset type
     * @param folder the folder path
     * @param name the asset name
     * @return the prefix, without extension
     */
    public static String basePath(AssetType type, String folder, String name) {
        StringBuilder path = new StringBuilder(64).append(ASSETS_ROOT).append(type.name()).append('/');
        if (!folder.isEmpty()) {
            for (String segment : folder.split("/", -1)) {
                path.append(EntryNames.encodeFolderSegment(segment)).append('/');
            }
        }
        return path.append(EntryNames.encodeName(name)).toString();
    }

    /**
     * Returns the descriptor path of an asset.
     *
     * @param type the asset type
     * @param folder the folder path
     * @param name the asset name
     * @return for example {@code assets/AUTO_TRIGGERED_TASK/etl/load_orders.json}
     */
    public static String descriptorPath(AssetType type, String folder, String name) {
        return basePath(type, folder, name) + DESCRIPTOR_SUFFIX;
    }

    /**
     * Tells whether an entry name is an asset descriptor by its place and extension.
     *
     * @param path the entry name
     * @return {@code true} for {@code assets/<TYPE>/…/*.json} outside any {@code .files/} directory
     */
    public static boolean isDescriptorPath(String path) {
        return path.startsWith(ASSETS_ROOT) && path.endsWith(DESCRIPTOR_SUFFIX) && !path.contains(FILES_SUFFIX);
    }

    // ------------------------------------------------------------------ encode

    /**
     * Returns the data source with every clear secret replaced by the placeholder
     * {@code <dataSourceName>.<key>}; placeholders stay as they are.
     *
     * @param dataSource the data source
     * @return a copy without clear secrets
     */
    public static DataSource withPlaceholders(DataSource dataSource) {
        Map<String, Secret> secrets = new TreeMap<>();
        boolean changed = false;
        for (Map.Entry<String, Secret> e : dataSource.secrets().entrySet()) {
            if (e.getValue() instanceof Secret.Value) {
                secrets.put(e.getKey(), new Secret.Placeholder(dataSource.name() + "." + e.getKey()));
                changed = true;
            } else {
                secrets.put(e.getKey(), e.getValue());
            }
        }
        return changed ? dataSource.withSecrets(secrets) : dataSource;
    }

    /**
     * Maps an asset to its files, descriptor first.
     *
     * @param asset the asset
     * @return the files; descriptor and code are generated in memory, resource bytes are the
     *     resource's own {@link Content}
     */
    public static List<AssetFile> encode(Asset asset) {
        String base = basePath(asset.type(), asset.folder(), asset.name());
        String baseName = base.substring(base.lastIndexOf('/') + 1);
        List<AssetFile> files = new ArrayList<>(2);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
        AssetFile extra;
        try (JsonGenerator g = Json.generator(buffer)) {
            g.writeStartObject();
            writeMeta(g, asset);
            extra = writeBody(g, asset, base, baseName);
            g.writeEndObject();
        }
        files.add(new AssetFile(base + DESCRIPTOR_SUFFIX, AssetFile.Role.DESCRIPTOR, new ByteContent(buffer.toByteArray())));
        if (extra != null) {
            files.add(extra);
        }
        return files;
    }

    private static void writeMeta(JsonGenerator g, Asset asset) {
        AssetMeta meta = asset.meta();
        g.writeStringProperty("type", asset.type().name());
        g.writeStringProperty("id", meta.id());
        g.writeStringProperty("name", meta.name());
        g.writeStringProperty("folder", meta.folder());
        if (meta.owner() != null) {
            g.writeStringProperty("owner", meta.owner());
        }
        g.writeStringProperty("modifiedAt", meta.modifiedAt().toString());
        g.writeStringProperty("lifecycle", meta.lifecycle().name());
        g.writeName("dependencies");
        writeRefs(g, meta.dependencies());
        g.writeName("extensions");
        writeStringMap(g, meta.extensions());
    }

    /**
     * Writes a list of references as {@code [{"type": …, "id": …}, …]}.
     *
     * @param g the generator
     * @param refs the references
     */
    public static void writeRefs(JsonGenerator g, List<AssetRef> refs) {
        g.writeStartArray();
        for (AssetRef ref : refs) {
            g.writeStartObject();
            g.writeStringProperty("type", ref.type().name());
            g.writeStringProperty("id", ref.id());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeStringMap(JsonGenerator g, Map<String, String> map) {
        g.writeStartObject();
        for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
            g.writeStringProperty(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void optString(JsonGenerator g, String name, @Nullable String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    private static @Nullable AssetFile writeBody(JsonGenerator g, Asset asset, String base, String baseName) {
        switch (asset.type()) {
            case AUTO_TRIGGERED_TASK:
            case MANUALLY_TRIGGERED_TASK: {
                TaskDefinition d = ((Task) asset).definition();
                String ext = d.nodeType().codeFileExtension();
                g.writeName("definition");
                g.writeStartObject();
                g.writeStringProperty("nodeType", d.nodeType().code());
                g.writeStringProperty("codeFile", baseName + ext);
                g.writeName("parameters");
                writeStringMap(g, d.parameters());
                g.writeStringProperty("rerunPolicy", d.rerunPolicy().name());
                g.writeNumberProperty("retries", d.retries());
                optString(g, "resourceGroup", d.resourceGroup());
                optString(g, "dataSource", d.dataSource());
                optString(g, "computeEngine", d.computeEngine());
                g.writeEndObject();
                if (asset instanceof AutoTriggeredTask auto) {
                    Schedule s = auto.schedule();
                    g.writeName("schedule");
                    g.writeStartObject();
                    g.writeStringProperty("cron", s.cron());
                    g.writeStringProperty("timezone", s.timezone().getId());
                    optString(g, "startAt", s.startAt() == null ? null : s.startAt().toString());
                    optString(g, "endAt", s.endAt() == null ? null : s.endAt().toString());
                    g.writeBooleanProperty("paused", s.paused());
                    g.writeEndObject();
                }
                return code(base + ext, d.code());
            }
            case RESOURCE: {
                Resource r = (Resource) asset;
                String relative = baseName + FILES_SUFFIX + EntryNames.encodeName(r.fileName());
                g.writeStringProperty("kind", r.kind().name());
                g.writeStringProperty("fileName", r.fileName());
                g.writeStringProperty("contentFile", relative);
                g.writeNumberProperty("size", r.content().size());
                return new AssetFile(base + FILES_SUFFIX + EntryNames.encodeName(r.fileName()), AssetFile.Role.BINARY, r.content());
            }
            case FUNCTION: {
                UserFunction f = (UserFunction) asset;
                g.writeStringProperty("className", f.className());
                optString(g, "category", f.category());
                optString(g, "usage", f.usage());
                optString(g, "description", f.description());
                return null;
            }
            case DATA_SOURCE: {
                DataSource ds = withPlaceholders((DataSource) asset);
                g.writeStringProperty("kind", ds.kind());
                g.writeName("properties");
                writeStringMap(g, ds.properties());
                g.writeName("secrets");
                g.writeStartObject();
                for (Map.Entry<String, Secret> e : ds.secrets().entrySet()) {
                    g.writeName(e.getKey());
                    g.writeStartObject();
                    g.writeStringProperty("placeholder", ((Secret.Placeholder) e.getValue()).name());
                    g.writeEndObject();
                }
                g.writeEndObject();
                return null;
            }
            case TABLE_METADATA: {
                TableMetadata t = (TableMetadata) asset;
                g.writeName("columns");
                writeColumns(g, t.columns());
                g.writeName("partitionColumns");
                writeColumns(g, t.partitionColumns());
                optString(g, "comment", t.comment());
                if (t.lifecycleDays() != null) {
                    g.writeNumberProperty("lifecycleDays", t.lifecycleDays().intValue());
                }
                optString(g, "ddl", t.ddl());
                return null;
            }
            case AD_HOC_QUERY: {
                AdHocQuery q = (AdHocQuery) asset;
                String ext = q.nodeType().codeFileExtension();
                g.writeStringProperty("nodeType", q.nodeType().code());
                g.writeStringProperty("codeFile", baseName + ext);
                optString(g, "dataSource", q.dataSource());
                return code(base + ext, q.code());
            }
            case COMPONENT: {
                Component c = (Component) asset;
                String ext = c.nodeType().codeFileExtension();
                g.writeStringProperty("nodeType", c.nodeType().code());
                g.writeStringProperty("codeFile", baseName + ext);
                g.writeName("inputs");
                writeParameters(g, c.inputs());
                g.writeName("outputs");
                writeParameters(g, c.outputs());
                return code(base + ext, c.code());
            }
            default:
                throw new IllegalStateException("unhandled asset type " + asset.type());
        }
    }

    private static AssetFile code(String path, String code) {
        return new AssetFile(path, AssetFile.Role.CODE, new ByteContent(code.getBytes(StandardCharsets.UTF_8)));
    }

    private static void writeColumns(JsonGenerator g, List<Column> columns) {
        g.writeStartArray();
        for (Column c : columns) {
            g.writeStartObject();
            g.writeStringProperty("name", c.name());
            g.writeStringProperty("dataType", c.dataType());
            optString(g, "comment", c.comment());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeParameters(JsonGenerator g, List<ComponentParameter> parameters) {
        g.writeStartArray();
        for (ComponentParameter p : parameters) {
            g.writeStartObject();
            g.writeStringProperty("name", p.name());
            g.writeStringProperty("type", p.type());
            optString(g, "description", p.description());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    // ------------------------------------------------------------------ decode

    /**
     * Reads an asset back from its descriptor and files.
     *
     * @param descriptorPath the descriptor's path; referenced files are resolved against its directory
     * @param json the descriptor bytes
     * @param files opens a referenced file by its resolved path
     * @param upgrade the format upgrade to apply to the descriptor tree
     * @return the asset; resource bytes are not read, code is
     * @throws DescriptorException listing every problem of the descriptor
     */
    public static Asset decode(String descriptorPath, byte[] json, Function<String, Content> files,
            FormatUpgrades.Upgrade upgrade) {
        JsonNode tree;
        try {
            tree = upgrade.descriptor(Json.MAPPER.readTree(json));
        } catch (JacksonException e) {
            throw new DescriptorException(descriptorPath, List.of("not valid JSON: " + e.getOriginalMessage()));
        }
        List<String> problems = new ArrayList<>();
        NodeReader r = new NodeReader(tree, "", problems);
        AssetType type = r.enumValue("type", AssetType.class);
        AssetMeta meta = new AssetMeta(r.nonBlank("id"), r.nonBlank("name"), r.string("folder"), r.optString("owner"),
                r.instant("modifiedAt"), r.enumValue("lifecycle", LifecycleState.class), r.refs("dependencies"),
                r.stringMap("extensions"));
        Asset asset;
        try {
            asset = decodeBody(type, meta, r, descriptorPath, files);
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(e.getMessage());
            asset = null;
        }
        if (!problems.isEmpty() || asset == null) {
            throw new DescriptorException(descriptorPath, problems);
        }
        return asset;
    }

    private static @Nullable Asset decodeBody(AssetType type, AssetMeta meta, NodeReader r, String descriptorPath,
            Function<String, Content> files) {
        switch (type) {
            case AUTO_TRIGGERED_TASK:
            case MANUALLY_TRIGGERED_TASK: {
                NodeReader d = r.object("definition");
                NodeType nodeType = NodeType.of(d.nonBlank("nodeType"));
                String code = readCode(d, descriptorPath, files);
                TaskDefinition definition = new TaskDefinition(nodeType, code, d.stringMap("parameters"),
                        d.enumValue("rerunPolicy", RerunPolicy.class), (int) Math.min(Integer.MAX_VALUE, d.number("retries", 0)),
                        d.optString("resourceGroup"), d.optString("dataSource"), d.optString("computeEngine"));
                if (type == AssetType.MANUALLY_TRIGGERED_TASK) {
                    return new ManuallyTriggeredTask(meta, definition);
                }
                NodeReader s = r.object("schedule");
                Schedule schedule = new Schedule(s.nonBlank("cron"), zone(s), s.optInstant("startAt"), s.optInstant("endAt"),
                        s.bool("paused"));
                return new AutoTriggeredTask(meta, definition, schedule);
            }
            case RESOURCE: {
                String relative = r.nonBlank("contentFile");
                long size = r.number("size", 0);
                if (!r.problems().isEmpty()) {
                    return null;
                }
                Content content = files.apply(EntryNames.resolveSibling(descriptorPath, relative));
                if (content.size() != size) {
                    r.problem("size", "is " + size + " but file '" + relative + "' has " + content.size() + " bytes");
                }
                return new Resource(meta, r.enumValue("kind", ResourceKind.class), r.nonBlank("fileName"), content);
            }
            case FUNCTION:
                return new UserFunction(meta, r.nonBlank("className"), r.optString("category"), r.optString("usage"),
                        r.optString("description"));
            case DATA_SOURCE: {
                Map<String, Secret> secrets = new TreeMap<>();
                NodeReader secretNode = r.optObject("secrets");
                if (secretNode != null) {
                    for (String key : r.stringKeys("secrets")) {
                        NodeReader one = secretNode.object(key);
                        secrets.put(key, new Secret.Placeholder(one.nonBlank("placeholder")));
                    }
                }
                return new DataSource(meta, r.nonBlank("kind"), r.stringMap("properties"), secrets);
            }
            case TABLE_METADATA:
                return new TableMetadata(meta, columns(r, "columns"), columns(r, "partitionColumns"), r.optString("comment"),
                        r.optInt("lifecycleDays"), r.optString("ddl"));
            case AD_HOC_QUERY:
                return new AdHocQuery(meta, NodeType.of(r.nonBlank("nodeType")), readCode(r, descriptorPath, files),
                        r.optString("dataSource"));
            case COMPONENT:
                return new Component(meta, NodeType.of(r.nonBlank("nodeType")), readCode(r, descriptorPath, files),
                        parameters(r, "inputs"), parameters(r, "outputs"));
            default:
                throw new IllegalStateException("unhandled asset type " + type);
        }
    }

    private static ZoneId zone(NodeReader s) {
        String text = s.nonBlank("timezone");
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            s.problem("timezone", "'" + text + "' is not a time-zone id such as Asia/Shanghai or UTC");
            return ZoneId.of("UTC");
        }
    }

    private static List<Column> columns(NodeReader r, String field) {
        List<Column> result = new ArrayList<>();
        for (NodeReader c : r.array(field)) {
            result.add(new Column(c.nonBlank("name"), c.nonBlank("dataType"), c.optString("comment")));
        }
        return result;
    }

    private static List<ComponentParameter> parameters(NodeReader r, String field) {
        List<ComponentParameter> result = new ArrayList<>();
        for (NodeReader p : r.array(field)) {
            result.add(new ComponentParameter(p.nonBlank("name"), p.nonBlank("type"), p.optString("description")));
        }
        return result;
    }

    private static String readCode(NodeReader r, String descriptorPath, Function<String, Content> files) {
        String relative = r.nonBlank("codeFile");
        if (!r.problems().isEmpty()) {
            return "";
        }
        String path = EntryNames.resolveSibling(descriptorPath, relative);
        byte[] bytes = readAll(path, files.apply(path));
        // Fast path: lenient decoding only substitutes U+FFFD for malformed input, so text without
        // U+FFFD was valid UTF-8; only text that contains it needs the strict decoder.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            r.problem("codeFile", "file '" + relative + "' is not UTF-8 text");
            return "";
        }
    }

    /**
     * Reads a whole small file (descriptor or code), at most {@link #MAX_TEXT_BYTES}, to its
     * end so that a verifying stream checks it.
     *
     * @param path the file's entry name, for messages
     * @param content the file
     * @return the bytes
     */
    public static byte[] readAll(String path, Content content) {
        long size = content.size();
        if (size > MAX_TEXT_BYTES) {
            throw new PackageLimitException(PackageLimitException.Limit.DESCRIPTOR_BYTES, MAX_TEXT_BYTES, size, path);
        }
        try (InputStream in = content.open()) {
            byte[] bytes = in.readNBytes((int) size);
            if (in.read() != -1) {
                throw new DescriptorException(path, List.of("file has more than its declared " + size + " bytes"));
            }
            return bytes;
        } catch (IOException e) {
            throw new PackageIoException(path, "reading an asset file", e);
        }
    }
}
