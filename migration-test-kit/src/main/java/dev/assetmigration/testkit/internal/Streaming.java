package dev.assetmigration.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.assetmigration.model.Asset;
import dev.assetmigration.spi.AssetProvider;
import dev.assetmigration.spi.AssetQuery;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The check behind rule R3.6 (a listing streams): sound and free of timing.
 *
 * <p>It lists every asset and keeps only a {@link WeakReference} to each yielded instance, with
 * the stream and its iterator still open and reachable, as a consumer in the middle of a
 * listing holds them. Then it collects garbage. An instance that stays reachable is held by
 * somebody: either by the provider's resident store (an in-memory workspace serves its own
 * instances, and the store holds them whether or not anybody lists) or by the listing itself (a
 * provider that read everything into a list before returning). The two are told apart by asking
 * {@link AssetProvider#findById} again: a resident store hands out the very same instance. The
 * rule fails when more than 1% of the instances are retained and are not the store's own.
 *
 * <p>It relies on {@link System#gc()} collecting weakly reachable objects, which every
 * mainstream JVM does unless explicit GC is disabled ({@code -XX:+DisableExplicitGC}).
 */
public final class Streaming {

    private static final int GC_ATTEMPTS = 10;

    private Streaming() {
    }

    /**
     * Asserts that listing every asset of a provider does not hold them all.
     *
     * @param provider the provider, holding {@code expected} assets
     * @param expected how many assets it holds
     */
    public static void assertStreams(AssetProvider provider, int expected) {
        List<WeakReference<Asset>> yielded = new ArrayList<>(expected);
        try (Stream<Asset> listing = provider.list(AssetQuery.all())) {
            Iterator<Asset> iterator = listing.iterator();
            while (iterator.hasNext()) {
                yielded.add(new WeakReference<>(iterator.next()));
            }
            assertEquals(expected, yielded.size(), "R3.6: assets listed");
            // The listing is still open here: whatever it holds is still reachable.
            int resident = 0;
            for (WeakReference<Asset> reference : yielded) {
                Asset asset = reference.get();
                if (asset != null && provider.findById(asset.id()).map(found -> found == asset).orElse(false)) {
                    resident++;
                }
            }
            int tolerated = expected / 100;
            int released = expected - resident <= tolerated ? 0 : collect(yielded, expected - resident - tolerated);
            // The consumer holds the iterator until it is done: so must the check.
            Reference.reachabilityFence(iterator);
            int heldByListing = expected - released - resident;
            if (heldByListing > tolerated) {
                fail("R3.6: the open listing still holds " + heldByListing + " of " + expected
                        + " assets it already yielded (" + released + " were released, " + resident
                        + " are the store's own instances); stream from the store instead of collecting a list first");
            }
        }
    }

    private static int collect(List<WeakReference<Asset>> references, int enough) {
        int released = 0;
        for (int attempt = 0; attempt < GC_ATTEMPTS; attempt++) {
            System.gc();
            released = (int) references.stream().filter(r -> r.get() == null).count();
            if (released >= enough) {
                break;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return released;
    }
}
