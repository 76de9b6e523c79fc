package dev.assetmigration.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The same four operations as {@link PackageBenchmark}, measured in <em>process CPU time</em>
 * (all threads, GC included) as well as wall time, interleaved round by round. On a shared
 * machine wall time mostly measures the neighbours; CPU time still measures the work, so the
 * throughput ratios package / raw are taken from it.
 * <pre>
 * java -Xmx3g -cp benchmarks/target/benchmarks.jar dev.assetmigration.bench.RatioCheck 100000 5
 * </pre>
 */
public final class RatioCheck {

    private RatioCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args the number of assets (default 100000) and rounds (default 5; the first is warm-up)
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        PackageBenchmark bench = new PackageBenchmark();
        bench.assets = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        bench.setUp();
        org.openjdk.jmh.infra.Blackhole hole = new org.openjdk.jmh.infra.Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        Map<String, Callable<?>> operations = new LinkedHashMap<>();
        operations.put("writeRaw", () -> bench.writeRaw(hole));
        operations.put("writePackage", bench::writePackage);
        operations.put("readRaw", () -> bench.readRaw(hole));
        operations.put("readPackage", bench::readPackage);
        operations.put("exportPipeline", bench::exportPipeline);
        operations.put("importPipeline", bench::importPipeline);
        Map<String, List<double[]>> samples = new LinkedHashMap<>();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "assets=%d rounds=%d (first is warm-up) cpus=%d java=%s%n", bench.assets, rounds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Callable<?>> op : operations.entrySet()) {
                System.gc();
                long cpu = os.getProcessCpuTime();
                long wall = System.nanoTime();
                hole.consume(op.getValue().call());
                double[] sample = {(os.getProcessCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6};
                System.out.printf(Locale.ROOT, "round %d %-15s cpu %8.0f ms  wall %8.0f ms%n", round, op.getKey(), sample[0], sample[1]);
                if (round > 0) {
                    samples.computeIfAbsent(op.getKey(), k -> new ArrayList<>()).add(sample);
                }
            }
        }
        Map<String, double[]> median = new LinkedHashMap<>();
        samples.forEach((name, list) -> median.put(name, new double[] {median(list, 0), median(list, 1)}));
        System.out.println();
        median.forEach((name, m) -> System.out.printf(Locale.ROOT, "median %-15s cpu %8.0f ms  wall %8.0f ms%n", name, m[0], m[1]));
        System.out.printf(Locale.ROOT, "write throughput ratio package/raw: cpu %.2f  wall %.2f%n",
                median.get("writeRaw")[0] / median.get("writePackage")[0], median.get("writeRaw")[1] / median.get("writePackage")[1]);
        System.out.printf(Locale.ROOT, "read+verify throughput ratio package/raw: cpu %.2f  wall %.2f%n",
                median.get("readRaw")[0] / median.get("readPackage")[0], median.get("readRaw")[1] / median.get("readPackage")[1]);
        System.out.printf(Locale.ROOT, "export throughput ratio pipeline/raw write: cpu %.2f  wall %.2f%n",
                median.get("writeRaw")[0] / median.get("exportPipeline")[0], median.get("writeRaw")[1] / median.get("exportPipeline")[1]);
        System.out.printf(Locale.ROOT, "import throughput ratio pipeline/raw read: cpu %.2f  wall %.2f%n",
                median.get("readRaw")[0] / median.get("importPipeline")[0], median.get("readRaw")[1] / median.get("importPipeline")[1]);
        bench.tearDown();
    }

    private static double median(List<double[]> list, int column) {
        double[] values = list.stream().mapToDouble(s -> s[column]).toArray();
        Arrays.sort(values);
        return values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }
}
