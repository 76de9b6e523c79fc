package dev.assetmigration.internal.imports;

import dev.assetmigration.error.MigrationException;
import dev.assetmigration.export.MigrationPackage;
import dev.assetmigration.imports.RemotePackage;
import dev.assetmigration.internal.governance.TaskGate;
import dev.assetmigration.pkg.PackageReader;
import dev.assetmigration.pkg.ReadLimits;
import dev.assetmigration.quota.PackageSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where an import reads its package from. Opening checks the package's size against the
 * edition's rules first, so an oversize package is refused before it is unpacked.
 */
sealed interface PackageOrigin {

    PackageReader open(TaskGate gate, ReadLimits limits);

    private static PackageReader openChecked(Path file, TaskGate gate, ReadLimits limits) {
        try {
            gate.checkImportSource(PackageSource.localFile(file, Files.size(file)));
        } catch (IOException e) {
            throw new MigrationException("AM-IMP-006", "Cannot read package file " + file + ": " + e.getMessage()
                    + "; check the path and its permissions.", e);
        }
        return PackageReader.open(file, limits);
    }

    /** A package file; can be opened any number of times. */
    record File(Path path) implements PackageOrigin {
        @Override
        public PackageReader open(TaskGate gate, ReadLimits limits) {
            return openChecked(path, gate, limits);
        }
    }

    /** A package produced by an export in this process. */
    record Exported(MigrationPackage pkg) implements PackageOrigin {
        @Override
        public PackageReader open(TaskGate gate, ReadLimits limits) {
            return openChecked(pkg.path(), gate, limits);
        }
    }

    /** A package in remote object storage, opened through the host's opener. */
    record Remote(RemotePackage remote) implements PackageOrigin {
        @Override
        public PackageReader open(TaskGate gate, ReadLimits limits) {
            gate.checkImportSource(PackageSource.remoteObject(remote.uri(), remote.sizeBytes()));
            try (InputStream in = remote.opener().open(remote.uri())) {
                // The download may not exceed the size the storage declared (and the edition checked).
                return PackageReader.open(in, limits.withMaxPackageBytes(Math.min(remote.sizeBytes(), limits.maxPackageBytes())));
            } catch (IOException e) {
                throw new MigrationException("AM-IMP-006", "Cannot read the remote package " + remote.uri() + ": "
                        + e.getMessage() + "; check the address and the storage credentials of the opener.", e);
            }
        }
    }

    /** A stream: read once, by the first terminal operation, into a temporary file. */
    record Stream(InputStream in, AtomicBoolean used) implements PackageOrigin {
        Stream(InputStream in) {
            this(in, new AtomicBoolean());
        }

        @Override
        public PackageReader open(TaskGate gate, ReadLimits limits) {
            if (used.getAndSet(true)) {
                throw new IllegalStateException("this import reads its package from a stream, which can be read only"
                        + " once; import from a file or a MigrationPackage to plan and run separately");
            }
            Path spool = null;
            try {
                spool = Files.createTempFile("asset-migration-import-", ".zip");
                Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
                gate.checkImportSource(PackageSource.localFile(spool, Files.size(spool)));
                try (InputStream spooled = Files.newInputStream(spool)) {
                    return PackageReader.open(spooled, limits);
                }
            } catch (IOException e) {
                throw new MigrationException("AM-IMP-006", "Cannot read the package stream: " + e.getMessage()
                        + "; check the source and free space in the temporary directory.", e);
            } finally {
                if (spool != null) {
                    spool.toFile().delete();
                }
            }
        }
    }
}
