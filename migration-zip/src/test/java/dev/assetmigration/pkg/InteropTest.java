package dev.assetmigration.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A package is an ordinary zip that other tools read")
class InteropTest {

    @TempDir
    Path dir;

    private Path pkg;
    private List<String> names;

    @BeforeEach
    void write() throws IOException {
        byte[] bytes = Fixtures.pkg(Fixtures.everyType());
        pkg = Files.write(dir.resolve("export.zip"), bytes);
        names = CraftedZip.entries(bytes).stream().map(CraftedZip.Entry::name).collect(Collectors.toList());
    }

    private static boolean available(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String run(int expectedExit, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(expectedExit, p.exitValue(), output);
        return output;
    }

    @Test
    @DisplayName("unzip -t finds no errors and unzip -l lists every entry")
    void unzip() throws Exception {
        assumeTrue(available("unzip", "-v"), "unzip is not installed");
        assertTrue(run(0, "unzip", "-t", pkg.toString()).contains("No errors detected"));
        String listing = run(0, "unzip", "-l", pkg.toString());
        for (String name : names) {
            assertTrue(listing.contains(name), name + " is listed");
        }
    }

    @Test
    @DisplayName("Python's zipfile reads every entry with a good CRC")
    void pythonZipfile() throws Exception {
        assumeTrue(available("python3", "--version"), "python3 is not installed");
        String script = "import sys, zipfile\n"
                + "z = zipfile.ZipFile(sys.argv[1])\n"
                + "assert z.testzip() is None\n"
                + "print('\\n'.join(z.namelist()))\n";
        String output = run(0, "python3", "-c", script, pkg.toString());
        assertEquals(names, output.lines().collect(Collectors.toList()));
    }
}
