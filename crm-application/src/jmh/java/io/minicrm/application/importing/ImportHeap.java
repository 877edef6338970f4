package io.minicrm.application.importing;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The heap one import used, in MiB, as JMH secondary results measured from a collected heap. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class ImportHeap {

    static final long LIMIT = 256L << 20;

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    private final Set<String> poolNames =
            pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final NotificationListener afterGc = this::collected;
    private volatile long peakBytes;
    private volatile long afterGcBytes;

    @Setup(Level.Trial)
    public void watchCollections() {
        long max = Runtime.getRuntime().maxMemory();
        // Completing the import only proves the bound when the heap could not have grown past it.
        if (max > LIMIT) {
            throw new IllegalStateException("this fork may use " + (max >> 20) + " MiB of heap, more than the "
                    + (LIMIT >> 20) + " MiB the import must fit in; run it with -Xmx256m (bench.heap)");
        }
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(afterGc, null, null);
        }
    }

    @TearDown(Level.Trial)
    public void stopWatching() throws ListenerNotFoundException {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).removeNotificationListener(afterGc);
        }
    }

    /** Starts from a collected heap, so that what earlier imports left behind is not counted. */
    @Setup(Level.Iteration)
    public void reset() {
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        peakBytes = 0;
        afterGcBytes = 0;
    }

    void recordPeak() {
        peakBytes = pools.stream()
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(MemoryUsage::getUsed)
                .sum();
    }

    /**
     * The sum of the heap pools' peaks: an upper bound on the real peak, as the pools peak at different moments, and
     * mostly how far the collector let the young generation grow. JMH sums these counters over the measurement
     * iterations in its table; the per-iteration lines and the (min, avg, max) line give the figure itself.
     */
    public double peakHeapMiB() {
        return mebibytes(peakBytes);
    }

    /**
     * The most heap still in use right after a collection during the import: at most what the import holds on to.
     * JMH's table sums it over the iterations too.
     */
    public double afterGcHeapMiB() {
        return mebibytes(afterGcBytes);
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        // A concurrent phase ends while the application allocates: its "after" is not after a collection.
        if (info.getGcAction().contains("concurrent")) {
            return;
        }
        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> poolNames.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed())
                .sum();
        afterGcBytes = Math.max(afterGcBytes, used);
    }

    private static double mebibytes(long bytes) {
        return bytes / (double) (1 << 20);
    }
}
