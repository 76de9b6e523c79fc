/**
 * Test support for Asset Migration: an in-memory workspace, a snapshot helper, a fault-injecting
 * wrapper, asset fixtures, a seeded workspace generator and the SPI conformance kit that provider
 * authors extend.
 *
 * <p>The conformance kit is a JUnit Jupiter library; it uses only Jupiter API present in JUnit
 * 5.10 and later and in JUnit 6, so it runs inside either.
 */
module dev.assetmigration.testkit {
    requires transitive dev.assetmigration.spi;
    requires transitive org.junit.jupiter.api;
    requires transitive org.junit.jupiter.params;
    requires static org.jspecify;

    exports dev.assetmigration.testkit;
    exports dev.assetmigration.testkit.fixtures;
    exports dev.assetmigration.testkit.conformance;

    // JUnit instantiates the kit's nested test classes reflectively.
    opens dev.assetmigration.testkit.conformance to org.junit.platform.commons;
}
