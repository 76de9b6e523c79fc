package dev.assetmigration.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Bounded memory")
class BoundedMemoryTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a workspace with a 200 MB resource exports and verifies in a JVM limited to -Xmx64m")
    void largeResourceAtSmallHeap() throws Exception {
        Path out = dir.resolve("big.zip");
        Path log = dir.resolve("child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Xmx64m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), LargeResourceExport.class.getName(),
                out.toString(), String.valueOf(200L * 1024 * 1024)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the forked export did not finish in 5 minutes");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("exported 1 asset(s)"), output);
        assertTrue(Files.size(out) > 200L * 1024 * 1024 / 2, "package too small for incompressible bytes: " + Files.size(out));
        assertTrue(new File(out.toString()).delete());
    }
}
