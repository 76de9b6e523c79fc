package dev.assetmigration.quota;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A package source")
class PackageSourceTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "oss://bucket/exports/pkg.zip,                          object 'oss://bucket/exports/pkg.zip'",
        "https://ak:sk@bucket.example.com/pkg.zip?Signature=x,  object 'https://bucket.example.com/pkg.zip'",
        "s3://bucket:9000/pkg.zip#frag,                         object 's3://bucket:9000/pkg.zip'",
        "oss://bucket_with_underscore/pkg.zip,                  object 'oss://bucket_with_underscore/pkg.zip'"})
    @DisplayName("names a remote object without user info, query or fragment")
    void remoteDisplayNameHidesCredentials(String uri, String expected) {
        assertEquals(expected, PackageSource.remoteObject(URI.create(uri), 1).displayName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bucket/pkg.zip", "mailto:ops@example.com"})
    @DisplayName("refuses a relative or opaque URI")
    void remoteNeedsAnAbsoluteHierarchicalUri(String uri) {
        assertThrows(IllegalArgumentException.class, () -> PackageSource.remoteObject(URI.create(uri), 1));
    }

    @Test
    @DisplayName("refuses a negative size")
    void sizeIsNotNegative() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> PackageSource.localFile(Path.of("pkg.zip"), -1)),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> PackageSource.remoteObject(URI.create("oss://b/pkg.zip"), -1)));
    }

    @Test
    @DisplayName("names a local file by the path it was given")
    void localDisplayName() {
        PackageSource source = PackageSource.localFile(Path.of("pkg.zip"), 12);

        assertAll(
                () -> assertEquals("local file 'pkg.zip'", source.displayName()),
                () -> assertEquals("local file 'pkg.zip' (12 bytes)", source.toString()));
    }
}
