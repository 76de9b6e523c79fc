package dev.assetmigration.hardening;

import dev.assetmigration.Migration;
import dev.assetmigration.imports.ConflictPolicy;
import dev.assetmigration.imports.ImportOptions;
import dev.assetmigration.imports.UnresolvedSecrets;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.NodeType;
import dev.assetmigration.model.ResourceKind;
import dev.assetmigration.pkg.Manifest;
import dev.assetmigration.pkg.PackageHeader;
import dev.assetmigration.pkg.PackageSigner;
import dev.assetmigration.pkg.PackageWriter;
import dev.assetmigration.pkg.WriterOptions;
import dev.assetmigration.pkg.PackageEntry;
import dev.assetmigration.pkg.PackageReader;
import dev.assetmigration.pkg.PackagedAsset;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.testkit.InMemoryWorkspace;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The assets, workspaces and packages the hardening tests share: a small source workspace with
 * one asset of every type wired by dependencies, and a seeded target to import into.
 */
final class HardeningFixtures {

    /** Clear secrets held by the source's data sources; no package may ever contain them. */
    static final String PASSWORD = "Pr0d-hunter2-7f3a9c";
    static final String TOKEN = "tok_live_51HqZ2eLkX9d8Q";
    static final String ACCESS_KEY = "AKIA4HARDENINGEXAMPLE";

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC);

    static final String TASK_FOLDER = "etl/daily";
    static final String TASK_NAME = "load_orders";

    private HardeningFixtures() {
    }

    /** Eight assets, one of each type, with dependencies between them and secrets in the data source. */
    static List<Asset> sourceAssets() {
        Asset ds = AssetFixtures.dataSource("prod_mysql").id("ds-1").folder("sources")
                .property("host", "db.internal").property("port", "3306")
                .secret("password", PASSWORD).secret("token", TOKEN).build();
        Asset warehouse = AssetFixtures.dataSource("prod_odps").id("ds-2").folder("sources").kind("odps")
                .property("endpoint", "http://service.odps.internal/api").secret("accessKeySecret", ACCESS_KEY).build();
        Asset table = AssetFixtures.table("ods_orders").id("t-1").folder("tables").build();
        Asset jar = AssetFixtures.resource("udf-lib").id("r-1").folder("lib").kind(ResourceKind.JAR)
                .fileName("udf-1.2.jar").content(bytes(3000, 7)).build();
        Asset udf = AssetFixtures.function("to_cents").id("f-1").folder("lib").className("com.acme.ToCents")
                .dependsOn(jar).build();
        Asset component = AssetFixtures.component("dedupe").id("c-1").folder("templates")
                .code("SELECT DISTINCT * FROM @@{input};\n").build();
        Asset load = AssetFixtures.autoTask(TASK_NAME).id("1042").folder(TASK_FOLDER).nodeType(NodeType.SQL)
                .code("INSERT OVERWRITE TABLE ods_orders SELECT * FROM src; -- 中文\n").dataSource("prod_mysql")
                .dependsOn(ds, table, udf, component).build();
        Asset backfill = AssetFixtures.manualTask("backfill").id("2001").folder("etl/manual").nodeType(NodeType.SHELL)
                .code("#!/bin/sh\necho backfill\n").dependsOn(load).build();
        Asset query = AssetFixtures.adHocQuery("top customers").id("q-1").code("SELECT 1;").build();
        return List.of(ds, warehouse, table, jar, udf, component, load, backfill, query);
    }

    static InMemoryWorkspace source() {
        return InMemoryWorkspace.builder().assets(sourceAssets()).clock(CLOCK).build();
    }

    /** A target with assets of its own, none of which the source package has. */
    static InMemoryWorkspace target() {
        return InMemoryWorkspace.builder().clock(CLOCK)
                .asset(AssetFixtures.autoTask("existing_job").id("9001").folder("prod").code("SELECT 42;").build())
                .asset(AssetFixtures.resource("existing_file").id("r-9").folder("prod").text("keep me\n").build())
                .asset(AssetFixtures.dataSource("test_mysql").id("ds-9").folder("sources").build())
                .build();
    }

    /** Exports a workspace fully into package bytes, with the fixed clock. */
    static byte[] export(Workspace workspace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Migration.export(workspace).full().clock(CLOCK).to(out);
        return out.toByteArray();
    }

    /** The import the tests attempt: overwrite on conflict, placeholders kept, so a sound package always applies. */
    static ImportOptions importing(Path pkg, Workspace target) {
        return Migration.importPackage(pkg).into(target).onConflict(ConflictPolicy.OVERWRITE)
                .onUnresolvedSecret(UnresolvedSecrets.KEEP_PLACEHOLDER).clock(CLOCK);
    }

    /** An Ed25519 key pair that is the same on every run, so committed seed packages stay signed. */
    static KeyPair fixedKeys() {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(20261120L);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK provides Ed25519 since Java 15", e);
        }
    }

    /** Writes assets into a package signed with the given key. */
    static byte[] signedPackage(List<? extends Asset> assets, KeyPair keys) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PackageWriter writer = PackageWriter.open(out, PackageHeader.full(InMemoryWorkspace.DEFAULT_INFO, CLOCK.instant(), true),
                WriterOptions.defaults().withSigner(PackageSigner.ed25519(keys.getPrivate())))) {
            assets.forEach(writer::write);
            writer.finish();
        }
        return out.toByteArray();
    }

    static byte[] bytes(int size, int seed) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + seed + (i >> 7));
        }
        return bytes;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The entry paths of one packaged asset, read from a package's manifest. */
    static List<String> entriesOf(byte[] pkg, AssetRef ref) {
        try (PackageReader reader = PackageReader.open(new ByteArrayInputStream(pkg))) {
            Manifest manifest = reader.manifest();
            for (PackagedAsset asset : manifest.assets()) {
                if (asset.ref().equals(ref)) {
                    return asset.entries().stream().map(PackageEntry::path).toList();
                }
            }
        }
        throw new IllegalArgumentException("the package has no " + ref);
    }

    static AssetRef taskRef() {
        return AssetRef.of(AssetType.AUTO_TRIGGERED_TASK, "1042");
    }

    static AssetRef resourceRef() {
        return AssetRef.of(AssetType.RESOURCE, "r-1");
    }
}
