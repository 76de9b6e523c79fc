package dev.assetmigration.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A zip bomb")
class ZipBombTest {

    private static final long ONE_GIB = 1L << 30;

    @Test
    @DisplayName("of 1 GiB of zeros in a ~1 MiB entry is rejected by the ratio limit without being inflated")
    void honestBombRejectedFromDeclaredSizes() {
        byte[] bomb = CraftedZip.bomb("assets/RESOURCE/zeros.bin", new byte[0], (byte) 0, ONE_GIB);
        assertTrue(bomb.length < 2 * 1024 * 1024, "the bomb is small: " + bomb.length);
        PackageLimitException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                PackageLimitException.class, () -> PackageReader.open(new ByteArrayInputStream(bomb))));
        assertEquals(PackageLimitException.Limit.COMPRESSION_RATIO, e.kind());
        assertEquals("assets/RESOURCE/zeros.bin", e.entryName().orElseThrow());
        assertTrue(e.actual() > 500, "ratio of zeros is about 1000: " + e.actual());
    }

    @Test
    @DisplayName("that lies about its size is stopped by the ratio limit while inflating, long before 1 GiB")
    void lyingBombStoppedWhileInflating() {
        byte[] prefix = "{\"formatVersion\" : \"1.0\",".getBytes(StandardCharsets.UTF_8);
        byte[] bomb = CraftedZip.lieAboutSize(CraftedZip.bomb(AssetLayout.MANIFEST, prefix, (byte) ' ', ONE_GIB),
                AssetLayout.MANIFEST, 1000);
        ReadLimits limits = ReadLimits.defaults().withMaxManifestBytes(2 * ONE_GIB);
        PackageLimitException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                PackageLimitException.class, () -> PackageReader.open(new ByteArrayInputStream(bomb), limits)));
        assertEquals(PackageLimitException.Limit.COMPRESSION_RATIO, e.kind());
        assertEquals(AssetLayout.MANIFEST, e.entryName().orElseThrow());
        assertEquals(100, e.limit());
        assertTrue(e.actual() <= 101, "stopped as soon as the ratio passed 100, not at 1 GiB: " + e.actual());
    }

    @Test
    @DisplayName("that lies about its size in a small manifest is stopped by the manifest size limit")
    void lyingManifestStoppedBySizeLimit() {
        byte[] prefix = "{\"formatVersion\" : \"1.0\",".getBytes(StandardCharsets.UTF_8);
        byte[] bomb = CraftedZip.lieAboutSize(CraftedZip.bomb(AssetLayout.MANIFEST, prefix, (byte) ' ', 64L << 20),
                AssetLayout.MANIFEST, 1000);
        ReadLimits limits = ReadLimits.defaults().withMaxManifestBytes(1 << 20).withMaxCompressionRatio(1_000_000, 1 << 20);
        PackageLimitException e = assertThrows(PackageLimitException.class,
                () -> PackageReader.open(new ByteArrayInputStream(bomb), limits));
        assertEquals(PackageLimitException.Limit.MANIFEST_BYTES, e.kind());
        assertEquals((1 << 20) + 1, e.actual(), "reading stops one byte past the limit");
    }
}
