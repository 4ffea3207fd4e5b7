package io.mentorfeed.reliability;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a {@link FaultPlan}: before each kill, waits until the target is healthy (a process that works,
 * or for a broker a cluster fully replicated again), pauses, kills it with SIGKILL, leaves it down, restarts it,
 * and goes on without waiting for it: the next fault may land on a sibling that is still taking over its work.
 */
final class FaultInjector implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FaultInjector.class);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(120);

    private final Map<String, List<? extends FaultTarget>> targets;
    private final BooleanSupplier publishing;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();

    FaultInjector(Map<String, List<? extends FaultTarget>> targets, BooleanSupplier publishing) {
        this.targets = Map.copyOf(targets);
        this.publishing = publishing;
    }

    List<InjectedFault> run(FaultPlan plan) throws InterruptedException, ExecutionException {
        log.info("fault injection starting seed={} faults={}", plan.seed(), plan.faults().size());
        List<InjectedFault> injected = new ArrayList<>();
        for (FaultPlan.Fault fault : plan.faults()) {
            FaultTarget target = targets.get(fault.kind()).get(fault.instance());
            await(target.name() + " healthy before fault " + fault.number()).atMost(RECOVERY_LIMIT)
                    .pollInterval(Duration.ofMillis(250)).until(target::isHealthy);
            double at = clock.schedule(() -> kill(target), fault.pauseBefore().toMillis(), TimeUnit.MILLISECONDS).get();
            boolean whilePublishing = publishing.getAsBoolean();
            clock.schedule(target::restart, fault.down().toMillis(), TimeUnit.MILLISECONDS).get();
            injected.add(new InjectedFault(fault.number(), fault.kind(), target.name(), at, fault.down().toMillis(), whilePublishing));
            log.info("fault injected number={} target={} atSeconds={} downMs={} whilePublishing={}", fault.number(),
                    target.name(), String.format("%.1f", at), fault.down().toMillis(), whilePublishing);
        }
        return injected;
    }

    /** Kills the target; returns when, in seconds since the run began. */
    private double kill(FaultTarget target) {
        double at = (System.nanoTime() - startNanos) / 1e9;
        target.kill();
        return at;
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
