package dev.assetmigration.pkg.internal;

import dev.assetmigration.pkg.FormatVersion;
import dev.assetmigration.pkg.UnsupportedFormatVersionException;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * <b>The one place where older package layouts are upgraded.</b>
 *
 * <p>A reader parses a package's manifest and descriptors as JSON trees and passes each tree
 * through the {@link Upgrade} for the package's format version before it maps the tree to
 * records. Every minor version of the current major needs no upgrade: minor versions only add
 * optional fields, which the mapping ignores. When format 2.0 is introduced, format 1.x becomes
 * an "older layout": add a step for major 1 to {@link #STEPS} that rewrites 1.x trees into 2.0
 * trees, and test it with a stored 1.0 package.
 */
public final class FormatUpgrades {

    /** Upgrade steps by the major version they upgrade <em>from</em>; none exist yet. */
    private static final Map<Integer, Upgrade> STEPS = Map.of();

    private FormatUpgrades() {
    }

    /** Rewrites JSON trees of an older layout into the current layout. */
    public interface Upgrade {

        /** Leaves every tree as it is. */
        Upgrade IDENTITY = new Upgrade() { };

        /**
         * Maps the name of a top-level manifest field.
         *
         * @param name the field name in the package
         * @return the field name in the current layout
         */
        default String manifestField(String name) {
            return name;
        }

        /**
         * Rewrites one element of the manifest's {@code assets} array.
         *
         * @param asset the element as found
         * @return the element in the current layout
         */
        default JsonNode manifestAsset(JsonNode asset) {
            return asset;
        }

        /**
         * Rewrites one asset descriptor.
         *
         * @param descriptor the descriptor as found
         * @return the descriptor in the current layout
         */
        default JsonNode descriptor(JsonNode descriptor) {
            return descriptor;
        }
    }

    /**
     * Returns the upgrade for a package's format version.
     *
     * @param found the version the package declares
     * @return the upgrade to apply
     * @throws UnsupportedFormatVersionException if the version is of a newer major, or an older
     *     major without an upgrade step
     */
    public static Upgrade from(FormatVersion found) {
        if (found.major() == FormatVersion.CURRENT.major()) {
            return Upgrade.IDENTITY;
        }
        Upgrade step = STEPS.get(found.major());
        if (step == null) {
            throw new UnsupportedFormatVersionException(found.toString(), FormatVersion.CURRENT.toString());
        }
        return step;
    }
}
