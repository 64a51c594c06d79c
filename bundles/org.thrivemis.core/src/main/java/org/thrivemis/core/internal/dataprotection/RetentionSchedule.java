package org.thrivemis.core.internal.dataprotection;

import java.lang.System.Logger.Level;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the retention policy at the configured interval on a thread of its own; nothing when the
 * interval is 0. A failed run is logged (never with pupil data) and the next one tries again.
 */
final class RetentionSchedule {
    private static final System.Logger LOG = System.getLogger(RetentionSchedule.class.getName());

    private final ScheduledExecutorService executor;

    private RetentionSchedule(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    static RetentionSchedule start(int intervalHours, Runnable run) {
        if (intervalHours <= 0) {
            return new RetentionSchedule(null);
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "thrive-retention");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> once(intervalHours, run), intervalHours, intervalHours, TimeUnit.HOURS);
        return new RetentionSchedule(executor);
    }

    /**
     * One turn of the schedule. A run already going (started from the page, or a slow previous turn)
     * is no failure: the turn is skipped with one INFO line naming that run.
     */
    static void once(int intervalHours, Runnable run) {
        try {
            run.run();
        } catch (RetentionInProgressException e) {
            LOG.log(Level.INFO, "The scheduled Thrive retention run was skipped because run " + e.number()
                    + " is in progress; the schedule tries again in " + intervalHours + " hours.");
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "The scheduled Thrive retention run failed; it runs again in " + intervalHours
                    + " hours: " + e.getClass().getSimpleName(), e);
        }
    }

    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
