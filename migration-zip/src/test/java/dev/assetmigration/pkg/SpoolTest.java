package dev.assetmigration.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A package read from a stream")
class SpoolTest {

    @TempDir
    Path spool;

    private long filesInSpool() throws IOException {
        try (Stream<Path> files = Files.list(spool)) {
            return files.count();
        }
    }

    @Test
    @DisplayName("is spooled to one temporary file that close() deletes")
    void tempFileDeletedOnClose() throws IOException {
        PackageReader reader = PackageReader.open(new ByteArrayInputStream(Fixtures.pkg(Fixtures.everyType())),
                ReadLimits.defaults(), spool);
        assertEquals(1, filesInSpool());
        reader.verify();
        reader.close();
        assertEquals(0, filesInSpool());
    }

    @Test
    @DisplayName("leaves no temporary file behind when opening fails")
    void tempFileDeletedOnFailure() throws IOException {
        byte[] truncated = Arrays.copyOf(Fixtures.pkg(Fixtures.everyType()), 300);
        assertThrows(CorruptPackageException.class,
                () -> PackageReader.open(new ByteArrayInputStream(truncated), ReadLimits.defaults(), spool));
        assertEquals(0, filesInSpool());
    }
}
