package dev.assetmigration.schedulers.internal;

import dev.assetmigration.model.Content;
import dev.assetmigration.model.ResourceKind;
import java.time.Instant;
import java.util.Locale;

/**
 * A file of the source that becomes a resource.
 *
 * @param key the file's relative path in the source, its identity in the conversion
 * @param folder the resource folder
 * @param name the file name
 * @param kind the kind, from the extension
 * @param content the bytes
 * @param modifiedAt the file's modification time
 */
record ResourceDraft(String key, String folder, String name, ResourceKind kind, Content content, Instant modifiedAt) {

    static ResourceKind kindOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jar")) {
            return ResourceKind.JAR;
        }
        if (lower.endsWith(".py")) {
            return ResourceKind.PYTHON;
        }
        if (lower.endsWith(".zip") || lower.endsWith(".tar.gz") || lower.endsWith(".tgz") || lower.endsWith(".tar")
                || lower.endsWith(".gz")) {
            return ResourceKind.ARCHIVE;
        }
        return ResourceKind.FILE;
    }
}
