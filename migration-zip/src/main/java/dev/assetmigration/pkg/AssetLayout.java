package dev.assetmigration.pkg;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.Content;
import dev.assetmigration.model.DataSource;
import dev.assetmigration.pkg.internal.DescriptorCodec;
import dev.assetmigration.pkg.internal.EntryNames;
import dev.assetmigration.pkg.internal.FormatUpgrades;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The mapping between an asset and its files, shared by packages and directory workspaces.
 *
 * <p>An asset of type {@code T} named {@code n} in folder {@code a/b} is stored as
 * <pre>
 * assets/T/a/b/n.json            the descriptor: every model field, in a fixed order
 * assets/T/a/b/n.sql             code of tasks, ad-hoc queries, components (extension from the node type)
 * assets/T/a/b/n.files/lib.jar   the bytes of a resource, under its file name
 * </pre>
 * Names and folder segments are encoded into portable file names ({@code %XX} for {@code %},
 * path separators, characters Windows forbids, control characters, a leading dot, a trailing dot
 * or space; folder segments also encode every dot, so a folder directory never collides with an
 * asset file). The descriptor names its code or content file relative to its own directory.
 * Clear data-source secrets are never serialised: they become placeholders
 * {@code <dataSourceName>.<key>}.
 *
 * <pre>{@code
 * for (AssetFile file : AssetLayout.files(asset)) {
 *     try (InputStream in = file.content().open()) {
 *         Files.copy(in, root.resolve(file.path()));
 *     }
 * }
 * Asset back = AssetLayout.read(descriptorPath, Files.readAllBytes(root.resolve(descriptorPath)),
 *         path -> Content.ofPath(root.resolve(path)));
 * }</pre>
 */
public final class AssetLayout {

    /** The manifest entry at the package root. */
    public static final String MANIFEST = "manifest.json";

    /** The optional signature entry at the package root. */
    public static final String SIGNATURE = "manifest.sig";

    /** The directory all asset files live under. */
    public static final String ASSETS_ROOT = DescriptorCodec.ASSETS_ROOT;

    private AssetLayout() {
    }

    /** Opens the files an asset descriptor refers to. */
    @FunctionalInterface
    public interface FileSource {
        /**
         * Returns a file by its path relative to the layout root.
         *
         * @param path for example {@code assets/RESOURCE/lib/udf.files/udf.jar}
         * @return the file's content
         * @throws MissingEntryException (or another {@link PackageException}) if there is no such file
         */
        Content open(String path);
    }

    /**
     * Returns the files of an asset: the descriptor first, then its code or bytes, if any.
     * Descriptor and code are generated in memory; a resource's bytes are the resource's own
     * {@link Content}, not read here.
     *
     * @param asset the asset
     * @return one or two files
     */
    public static List<AssetFile> files(Asset asset) {
        return DescriptorCodec.encode(Objects.requireNonNull(asset, "asset"));
    }

    /**
     * Returns where an asset's descriptor lives.
     *
     * @param type the asset type
     * @param folder the folder path
     * @param name the asset name
     * @return the descriptor path
     */
    public static String descriptorPath(AssetType type, String folder, String name) {
        return DescriptorCodec.descriptorPath(type, folder, name);
    }

    /**
     * Tells whether a path is a descriptor by its place and extension (useful to scan a
     * directory workspace).
     *
     * @param path a path relative to the layout root
     * @return {@code true} for descriptors
     */
    public static boolean isDescriptor(String path) {
        return DescriptorCodec.isDescriptorPath(path);
    }

    /**
     * Reads an asset back from its descriptor. Code files are read at once (as strict UTF-8);
     * resource bytes stay behind the {@link Content} the file source returns.
     *
     * @param descriptorPath the descriptor's path relative to the layout root
     * @param descriptor the descriptor's bytes
     * @param files opens the files the descriptor refers to
     * @return the asset
     * @throws DescriptorException listing every problem of the descriptor
     * @throws UnsafeEntryNameException if the descriptor refers to a file outside its directory tree
     */
    public static Asset read(String descriptorPath, byte[] descriptor, FileSource files) {
        Objects.requireNonNull(descriptorPath, "descriptorPath");
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(files, "files");
        return DescriptorCodec.decode(descriptorPath, descriptor, files::open, FormatUpgrades.Upgrade.IDENTITY);
    }

    /**
     * Returns the data source with every clear secret replaced by its placeholder
     * {@code <dataSourceName>.<key>}; the form in which data sources are stored.
     *
     * @param dataSource the data source
     * @return the copy without clear secrets
     */
    public static DataSource withPlaceholders(DataSource dataSource) {
        return DescriptorCodec.withPlaceholders(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /**
     * Tells what is unsafe about a path, if anything: {@code ..} or {@code .} segments, an
     * absolute path, a drive letter, a backslash, an empty segment or a control character.
     *
     * @param path a path relative to the layout root
     * @return the reason, or empty when the path is safe
     */
    public static Optional<String> unsafeReason(String path) {
        return EntryNames.unsafeReason(Objects.requireNonNull(path, "path"));
    }
}
