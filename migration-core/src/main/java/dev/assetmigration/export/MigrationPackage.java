package dev.assetmigration.export;

import dev.assetmigration.error.MigrationException;
import dev.assetmigration.pkg.Manifest;
import dev.assetmigration.pkg.PackageReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A package produced by {@link ExportOptions#toPackage()}: a zip file in the temporary directory,
 * its manifest and the export report. Closing it deletes the file; import it, copy it or
 * {@link #moveTo move it} first. Thread-safe; closing twice is harmless.
 */
public final class MigrationPackage implements AutoCloseable {

    private final Path file;
    private final Manifest manifest;
    private final ExportReport report;
    private volatile boolean closed;

    /**
     * Wraps a package file that this value then owns.
     *
     * @param file the package file
     * @param manifest its manifest
     * @param report the report of the export that wrote it
     */
    public MigrationPackage(Path file, Manifest manifest, ExportReport report) {
        this.file = Objects.requireNonNull(file, "file");
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.report = Objects.requireNonNull(report, "report");
    }

    /**
     * Returns the package file.
     *
     * @return the path, valid until {@link #close()}
     */
    public Path path() {
        requireOpen();
        return file;
    }

    /**
     * Returns the manifest that was written into the package.
     *
     * @return the manifest
     */
    public Manifest manifest() {
        return manifest;
    }

    /**
     * Returns the report of the export.
     *
     * @return the report
     */
    public ExportReport report() {
        return report;
    }

    /**
     * Opens the package for reading.
     *
     * @return a reader; the caller closes it
     */
    public PackageReader open() {
        return PackageReader.open(path());
    }

    /**
     * Moves the package file to a permanent place; this value then no longer owns a file and
     * {@link #close()} deletes nothing.
     *
     * @param target where to put it; replaced if it exists
     * @return {@code target}
     */
    public Path moveTo(Path target) {
        requireOpen();
        try {
            Files.move(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new MigrationException("AM-EXP-006", "Cannot move package " + file + " to " + target + ": " + e.getMessage() + "; check that the target directory exists and is writable.", e);
        }
        closed = true;
        return target;
    }

    private void requireOpen() {
        if (closed) {
            throw new MigrationException("AM-EXP-005", "Package " + manifest.packageId()
                    + " was closed and its temporary file deleted; keep it open while you use it.");
        }
    }

    /** Deletes the temporary package file. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new MigrationException("AM-EXP-006", "Cannot delete temporary package " + file + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String toString() {
        return "MigrationPackage[" + manifest.packageId() + ", " + report.total() + " assets]";
    }
}
