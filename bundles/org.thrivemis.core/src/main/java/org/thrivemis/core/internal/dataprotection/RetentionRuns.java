package org.thrivemis.core.internal.dataprotection;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.thrivemis.api.dataprotection.RetentionAction;
import org.thrivemis.api.dataprotection.RetentionProgress;

/**
 * The retention run of this node going now, or the last one: one at a time, its progress counted
 * pupil by pupil for the page, and a background thread for runs started from a page.
 */
final class RetentionRuns {
    private static final System.Logger LOG = System.getLogger(RetentionRuns.class.getName());

    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "thrive-retention-run");
        t.setDaemon(true);
        return t;
    });
    private Run latest;
    /** Runs begun on this node since it started; names a run in the log ("run 3"). */
    private int begun;

    RetentionRuns(Clock clock) {
        this.clock = clock;
    }

    /** Records the start of a run, or returns empty while another is going. */
    synchronized Optional<Run> begin(String startedBy, RetentionAction action, int total) {
        if (latest != null && latest.finishedAt == null) {
            return Optional.empty();
        }
        latest = new Run(++begun, startedBy, clock.instant(), action, total);
        return Optional.of(latest);
    }

    /**
     * Records the start of a run, or refuses while another is going, naming that run: how far it got,
     * who started it and when.
     */
    synchronized Run beginOrRefuse(String startedBy, RetentionAction action, int total) {
        Optional<Run> run = begin(startedBy, action, total);
        if (run.isPresent()) {
            return run.get();
        }
        Run going = latest;
        throw new RetentionInProgressException(going.number, "Retention run " + going.number + " (started by "
                + going.startedBy + " at " + going.startedAt + ", " + going.done.get() + " of " + going.total
                + " pupils done) is already in progress; its progress is on the retention page. Wait for it to finish.");
    }

    /** The run going now, or the last one. */
    synchronized Optional<RetentionProgress> latest() {
        return Optional.ofNullable(latest).map(Run::progress);
    }

    /** Runs the work on the background thread; a failure is recorded on the run and logged (never with pupil data). */
    void inBackground(Run run, Runnable work) {
        background.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "A Thrive retention run started by " + run.startedBy
                        + " stopped after " + run.done.get() + " of " + run.total + " pupils: "
                        + e.getClass().getSimpleName(), e);
            }
        });
    }

    void stop() {
        background.shutdownNow();
    }

    /** One run: counted as each pupil's transaction commits, ended once. */
    final class Run {
        private final int number;
        private final String startedBy;
        private final Instant startedAt;
        private final RetentionAction action;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private volatile Instant finishedAt;
        private volatile String failure;

        private Run(int number, String startedBy, Instant startedAt, RetentionAction action, int total) {
            this.number = number;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
            this.action = action;
            this.total = total;
        }

        void pupilDone() {
            done.incrementAndGet();
        }

        void failed(String why) {
            failure = why;
        }

        void finished() {
            finishedAt = clock.instant();
        }

        RetentionProgress progress() {
            return new RetentionProgress(startedBy, startedAt, action, total, Math.min(done.get(), total),
                    Optional.ofNullable(finishedAt), Optional.ofNullable(failure));
        }
    }
}
