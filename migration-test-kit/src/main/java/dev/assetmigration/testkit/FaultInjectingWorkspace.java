package dev.assetmigration.testkit;

import dev.assetmigration.error.ProviderException;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.Content;
import dev.assetmigration.model.Resource;
import dev.assetmigration.spi.AssetProvider;
import dev.assetmigration.spi.AssetQuery;
import dev.assetmigration.spi.Deployment;
import dev.assetmigration.spi.Transactions;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.spi.WorkspaceCapability;
import dev.assetmigration.spi.WorkspaceInfo;
import java.io.InputStream;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Wraps any workspace and makes chosen calls fail, land-then-fail, slow down or return
 * inconsistent data, while counting every call. Capabilities are those of the wrapped
 * workspace: {@link dev.assetmigration.spi.Tombstones} is passed through untouched;
 * {@link Transactions} and {@link Deployment} are passed through with their commits and
 * deployments counted, and failed on request ({@link Fault#failOnCommit},
 * {@link Fault#failOnDeploy}).
 *
 * <pre>{@code
 * // An import must leave the target as it was, whichever write fails.
 * for (int k = 1; k <= writesOfACleanRun; k++) {
 *     InMemoryWorkspace target = seededTarget();
 *     WorkspaceSnapshot before = WorkspaceSnapshot.of(target);
 *     Workspace faulty = FaultInjectingWorkspace.wrap(target, Fault.failOnWrite(k));
 *     assertThrows(MigrationException.class, () -> importInto(faulty));
 *     before.assertUnchanged(target);
 * }
 * }</pre>
 *
 * <p>Reads are {@code list}, {@code findById} and {@code findByName}; writes are {@code create},
 * {@code update}, {@code write} and {@code delete}. Both are numbered from 1 across all providers
 * of the workspace, in the order the calls start. Injected failures are {@link
 * InjectedFaultException}s, a {@link ProviderException}, as a real provider would throw.
 * Thread-safe.
 */
public final class FaultInjectingWorkspace implements Workspace {

    /**
     * The calls that are counted: provider reads and writes, and the commits and deployments of
     * the wrapped workspace's capabilities (which count as neither reads nor writes).
     */
    public enum Operation {
        /** {@link AssetProvider#list}. */
        LIST(false),
        /** {@link AssetProvider#findById}. */
        FIND_BY_ID(false),
        /** {@link AssetProvider#findByName}. */
        FIND_BY_NAME(false),
        /** {@link AssetProvider#create}. */
        CREATE(true),
        /** {@link AssetProvider#update}. */
        UPDATE(true),
        /** {@link AssetProvider#write}. */
        WRITE(true),
        /** {@link AssetProvider#delete}. */
        DELETE(true),
        /** {@link Transactions.Transaction#commit()}. */
        COMMIT(false),
        /** {@link Deployment#deploy}. */
        DEPLOY(false);

        private final boolean write;

        Operation(boolean write) {
            this.write = write;
        }

        /**
         * Tells whether the operation is a provider write.
         *
         * @return {@code true} for create, update, write and delete
         */
        public boolean isWrite() {
            return write;
        }
    }

    /** A misbehaviour to inject; combine several in {@link #wrap}. */
    public sealed interface Fault {

        /**
         * The {@code n}th read fails before reaching the wrapped workspace.
         *
         * @param n the read number, from 1
         * @return the fault
         */
        static Fault failOnRead(long n) {
            return new FailOnRead(n);
        }

        /**
         * The {@code n}th write fails before reaching the wrapped workspace: nothing is stored.
         *
         * @param n the write number, from 1
         * @return the fault
         */
        static Fault failOnWrite(long n) {
            return new FailOnWrite(n);
        }

        /**
         * The {@code n}th write reaches the wrapped workspace and lands, then the call fails:
         * the caller cannot tell whether it was stored (a timeout after commit).
         *
         * @param n the write number, from 1
         * @return the fault
         */
        static Fault failAfterWrite(long n) {
            return new FailAfterWrite(n);
        }

        /**
         * Every call waits this long before it starts.
         *
         * @param delay the wait
         * @return the fault
         */
        static Fault delay(Duration delay) {
            return new Delay(delay);
        }

        /**
         * From the {@code n}th read on, {@code findById} and {@code findByName} find nothing,
         * while {@code list} still yields the assets: a store whose index disagrees with its data.
         *
         * @param n the first read affected, from 1
         * @return the fault
         */
        static Fault missingOnFind(long n) {
            return new MissingOnFind(n);
        }

        /**
         * From the {@code n}th read on, resource contents yield only half of the bytes their
         * {@link Content#size()} declares: a stream cut short.
         *
         * @param n the first read affected, from 1
         * @return the fault
         */
        static Fault truncatedContent(long n) {
            return new TruncatedContent(n);
        }

        /**
         * The {@code n}th commit of a transaction of the wrapped workspace fails: the transaction
         * is rolled back, then the commit throws, as the {@link Transactions} contract says.
         *
         * @param n the commit number, from 1
         * @return the fault
         */
        static Fault failOnCommit(long n) {
            return new FailOnCommit(n);
        }

        /**
         * The {@code n}th deployment fails before anything is deployed.
         *
         * @param n the deployment number, from 1
         * @return the fault
         */
        static Fault failOnDeploy(long n) {
            return new FailOnDeploy(n);
        }
    }

    /**
     * See {@link Fault#failOnCommit}.
     *
     * @param n the commit number
     */
    public record FailOnCommit(long n) implements Fault {
    }

    /**
     * See {@link Fault#failOnDeploy}.
     *
     * @param n the deployment number
     */
    public record FailOnDeploy(long n) implements Fault {
    }

    /**
     * See {@link Fault#failOnRead}.
     *
     * @param n the read number
     */
    public record FailOnRead(long n) implements Fault {
    }

    /**
     * See {@link Fault#failOnWrite}.
     *
     * @param n the write number
     */
    public record FailOnWrite(long n) implements Fault {
    }

    /**
     * See {@link Fault#failAfterWrite}.
     *
     * @param n the write number
     */
    public record FailAfterWrite(long n) implements Fault {
    }

    /**
     * See {@link Fault#delay}.
     *
     * @param delay the wait before every call
     */
    public record Delay(Duration delay) implements Fault {
        /**
         * Creates the fault.
         *
         * @throws IllegalArgumentException if the delay is negative
         */
        public Delay {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative: " + delay);
            }
        }
    }

    /**
     * See {@link Fault#missingOnFind}.
     *
     * @param fromRead the first read affected
     */
    public record MissingOnFind(long fromRead) implements Fault {
    }

    /**
     * See {@link Fault#truncatedContent}.
     *
     * @param fromRead the first read affected
     */
    public record TruncatedContent(long fromRead) implements Fault {
    }

    private final Workspace delegate;
    private final List<Fault> faults;
    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private final Map<Operation, AtomicLong> calls = new EnumMap<>(Operation.class);
    private final Map<AssetType, AssetProvider> providers = new ConcurrentHashMap<>();

    private FaultInjectingWorkspace(Workspace delegate, List<Fault> faults) {
        this.delegate = delegate;
        this.faults = faults;
        for (Operation operation : Operation.values()) {
            calls.put(operation, new AtomicLong());
        }
    }

    /**
     * Wraps a workspace.
     *
     * @param delegate the workspace to wrap
     * @param faults the misbehaviours; none just counts calls
     * @return the wrapper
     */
    public static FaultInjectingWorkspace wrap(Workspace delegate, Fault... faults) {
        Objects.requireNonNull(delegate, "delegate");
        return new FaultInjectingWorkspace(delegate, List.of(faults));
    }

    /**
     * Returns the wrapped workspace, to inspect it without counting or faults.
     *
     * @return the delegate
     */
    public Workspace delegate() {
        return delegate;
    }

    /**
     * Returns the faults this wrapper injects.
     *
     * @return the faults
     */
    public List<Fault> faults() {
        return faults;
    }

    /**
     * Returns how many reads have started.
     *
     * @return the count
     */
    public long reads() {
        return reads.get();
    }

    /**
     * Returns how many writes have started, including failed ones.
     *
     * @return the count
     */
    public long writes() {
        return writes.get();
    }

    /**
     * Returns how many calls of each operation have started.
     *
     * @return an immutable copy of the counters, every operation present
     */
    public Map<Operation, Long> callCounts() {
        Map<Operation, Long> copy = new EnumMap<>(Operation.class);
        calls.forEach((operation, count) -> copy.put(operation, count.get()));
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public WorkspaceInfo info() {
        return delegate.info();
    }

    @Override
    public Set<AssetType> supportedTypes() {
        return delegate.supportedTypes();
    }

    @Override
    public AssetProvider provider(AssetType type) {
        AssetProvider wrapped = delegate.provider(type);
        return providers.computeIfAbsent(type, t -> new FaultyProvider(wrapped));
    }

    @Override
    public <C extends WorkspaceCapability> Optional<C> capability(Class<C> capability) {
        Optional<C> real = delegate.capability(capability);
        if (capability == Transactions.class && real.isPresent()) {
            Transactions transactions = (Transactions) real.get();
            Transactions counted = () -> new FaultyTransaction(transactions.begin());
            return Optional.of(capability.cast(counted));
        }
        if (capability == Deployment.class && real.isPresent()) {
            Deployment deployment = (Deployment) real.get();
            Deployment counted = tasks -> {
                long n = calls.get(Operation.DEPLOY).incrementAndGet();
                for (Fault fault : faults) {
                    if (fault instanceof FailOnDeploy f && f.n() == n) {
                        throw new InjectedFaultException(Operation.DEPLOY, n, false, "deploy " + tasks,
                                delegate.info().workspace());
                    }
                }
                return deployment.deploy(tasks);
            };
            return Optional.of(capability.cast(counted));
        }
        return real;
    }

    /** Counts commits and fails the chosen one, after rolling it back. */
    private final class FaultyTransaction implements Transactions.Transaction {
        private final Transactions.Transaction real;

        FaultyTransaction(Transactions.Transaction real) {
            this.real = real;
        }

        @Override
        public void commit() {
            long n = calls.get(Operation.COMMIT).incrementAndGet();
            for (Fault fault : faults) {
                if (fault instanceof FailOnCommit f && f.n() == n) {
                    real.rollback();
                    throw new InjectedFaultException(Operation.COMMIT, n, false, "commit", delegate.info().workspace());
                }
            }
            real.commit();
        }

        @Override
        public void rollback() {
            real.rollback();
        }

        @Override
        public void close() {
            real.close();
        }
    }

    @Override
    public boolean readOnly() {
        return delegate.readOnly();
    }

    /** Returns the wrapped workspace and the counters. */
    @Override
    public String toString() {
        return "FaultInjectingWorkspace[" + delegate + "; reads=" + reads + ", writes=" + writes + ", faults=" + faults + "]";
    }

    // ---- the injection ------------------------------------------------------------------------

    private long startRead(Operation operation, String what) {
        delay();
        calls.get(operation).incrementAndGet();
        long n = reads.incrementAndGet();
        for (Fault fault : faults) {
            if (fault instanceof FailOnRead f && f.n() == n) {
                throw new InjectedFaultException(operation, n, false, what, delegate.info().workspace());
            }
        }
        return n;
    }

    private <T> T doWrite(Operation operation, String what, Supplier<T> call) {
        delay();
        calls.get(operation).incrementAndGet();
        long n = writes.incrementAndGet();
        for (Fault fault : faults) {
            if (fault instanceof FailOnWrite f && f.n() == n) {
                throw new InjectedFaultException(operation, n, false, what, delegate.info().workspace());
            }
        }
        T result = call.get();
        for (Fault fault : faults) {
            if (fault instanceof FailAfterWrite f && f.n() == n) {
                throw new InjectedFaultException(operation, n, true, what, delegate.info().workspace());
            }
        }
        return result;
    }

    private void delay() {
        for (Fault fault : faults) {
            if (fault instanceof Delay d && !d.delay().isZero()) {
                try {
                    Thread.sleep(d.delay().toMillis(), d.delay().toNanosPart() % 1_000_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ProviderException(null, "Interrupted during an injected delay of " + d.delay()
                            + " in workspace '" + delegate.info().workspace() + "'.", e);
                }
            }
        }
    }

    private boolean missing(long read) {
        return faults.stream().anyMatch(f -> f instanceof MissingOnFind m && read >= m.fromRead());
    }

    private Asset maybeTruncate(long read, Asset asset) {
        boolean truncate = faults.stream().anyMatch(f -> f instanceof TruncatedContent t && read >= t.fromRead());
        if (truncate && asset instanceof Resource resource) {
            Content original = resource.content();
            long half = original.size() / 2;
            return resource.withContent(Content.of(original.size(), () -> {
                InputStream in = original.open();
                return new java.io.FilterInputStream(in) {
                    private long left = half;

                    @Override
                    public int read() throws java.io.IOException {
                        if (left <= 0) {
                            return -1;
                        }
                        int b = super.read();
                        if (b >= 0) {
                            left--;
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                        if (left <= 0) {
                            return length == 0 ? 0 : -1;
                        }
                        int n = super.read(buffer, offset, (int) Math.min(length, left));
                        if (n > 0) {
                            left -= n;
                        }
                        return n;
                    }
                };
            }));
        }
        return asset;
    }

    private final class FaultyProvider implements AssetProvider {
        private final AssetProvider wrapped;

        FaultyProvider(AssetProvider wrapped) {
            this.wrapped = wrapped;
        }

        @Override
        public AssetType type() {
            return wrapped.type();
        }

        @Override
        public Stream<Asset> list(AssetQuery query) {
            long n = startRead(Operation.LIST, "list " + wrapped.type());
            return wrapped.list(query).map(asset -> maybeTruncate(n, asset));
        }

        @Override
        public Optional<Asset> findById(String id) {
            long n = startRead(Operation.FIND_BY_ID, "findById " + wrapped.type() + "/" + id);
            return missing(n) ? Optional.empty() : wrapped.findById(id).map(asset -> maybeTruncate(n, asset));
        }

        @Override
        public Optional<Asset> findByName(String folder, String name) {
            long n = startRead(Operation.FIND_BY_NAME, "findByName " + wrapped.type() + " '" + folder + "/" + name + "'");
            return missing(n) ? Optional.empty() : wrapped.findByName(folder, name).map(asset -> maybeTruncate(n, asset));
        }

        @Override
        public Asset create(Asset asset) {
            return doWrite(Operation.CREATE, "create " + asset.ref(), () -> wrapped.create(asset));
        }

        @Override
        public Asset update(Asset asset) {
            return doWrite(Operation.UPDATE, "update " + asset.ref(), () -> wrapped.update(asset));
        }

        @Override
        public Asset write(Asset asset) {
            return doWrite(Operation.WRITE, "write " + asset.ref(), () -> wrapped.write(asset));
        }

        @Override
        public boolean delete(String id) {
            return doWrite(Operation.DELETE, "delete " + wrapped.type() + "/" + id, () -> wrapped.delete(id));
        }

        @Override
        public String toString() {
            return "FaultyProvider[" + wrapped + "]";
        }
    }

    /**
     * A failure injected by a {@link FaultInjectingWorkspace}. It is a {@link ProviderException}
     * (code {@code AM-SPI-005}) so that code under test handles it as a real provider failure.
     */
    public static final class InjectedFaultException extends ProviderException {

        private static final long serialVersionUID = 1L;

        private final Operation operation;
        private final long callNumber;
        private final boolean landed;

        InjectedFaultException(Operation operation, long callNumber, boolean landed, String what, String workspace) {
            super(null, "Injected fault: " + kind(operation) + " #" + callNumber + " (" + what
                    + ") in workspace '" + workspace + "' failed "
                    + (landed ? "AFTER the write landed: the change IS stored." : "before reaching the workspace: nothing changed.")
                    + " This failure is deliberate (FaultInjectingWorkspace).", null);
            this.operation = operation;
            this.callNumber = callNumber;
            this.landed = landed;
        }

        private static String kind(Operation operation) {
            return switch (operation) {
                case COMMIT -> "commit";
                case DEPLOY -> "deployment";
                default -> operation.isWrite() ? "write" : "read";
            };
        }

        /**
         * Returns the operation that failed.
         *
         * @return the operation
         */
        public Operation operation() {
            return operation;
        }

        /**
         * Returns the number of the failed read or write, from 1.
         *
         * @return the call number
         */
        public long callNumber() {
            return callNumber;
        }

        /**
         * Tells whether the write reached the wrapped workspace before the failure.
         *
         * @return {@code true} for {@link Fault#failAfterWrite}
         */
        public boolean landed() {
            return landed;
        }
    }
}
