package dev.assetmigration.internal.imports;

import dev.assetmigration.export.MigrationPackage;
import dev.assetmigration.pkg.PackageReader;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/** Where an import reads its package from; each {@link #open()} gives a fresh reader. */
sealed interface PackageSource {

    PackageReader open();

    /** A package file; can be opened any number of times. */
    record File(Path path) implements PackageSource {
        @Override
        public PackageReader open() {
            return PackageReader.open(path);
        }
    }

    /** A package produced by an export in this process. */
    record Exported(MigrationPackage pkg) implements PackageSource {
        @Override
        public PackageReader open() {
            return pkg.open();
        }
    }

    /** A stream: read once, by the first terminal operation. */
    record Stream(InputStream in, AtomicBoolean used) implements PackageSource {
        Stream(InputStream in) {
            this(in, new AtomicBoolean());
        }

        @Override
        public PackageReader open() {
            if (used.getAndSet(true)) {
                throw new IllegalStateException("this import reads its package from a stream, which can be read only"
                        + " once; import from a file or a MigrationPackage to plan and run separately");
            }
            return PackageReader.open(in);
        }
    }
}
