package dev.assetmigration.hardening;

import dev.assetmigration.ProgressEvent;
import dev.assetmigration.workspace.DirectoryWorkspace;
import java.nio.file.Path;

/**
 * The child JVM of {@link DirectoryKillTest}: imports a package into a directory workspace with
 * the public API and prints {@code WROTE n} after each asset and {@code FINISHED} at the end, so
 * the parent can kill it with SIGKILL at a chosen point.
 */
public final class KilledImporter {

    private KilledImporter() {
    }

    /**
     * Runs the import.
     *
     * @param args the package file, then the workspace directory
     */
    public static void main(String[] args) {
        DirectoryWorkspace target = DirectoryWorkspace.builder(Path.of(args[1])).createIfMissing().open();
        HardeningFixtures.importing(Path.of(args[0]), target).progress(event -> {
            if (event instanceof ProgressEvent.AssetDone done) {
                System.out.println("WROTE " + done.done());
                System.out.flush();
            }
        }).run();
        System.out.println("FINISHED");
        System.out.flush();
    }
}
