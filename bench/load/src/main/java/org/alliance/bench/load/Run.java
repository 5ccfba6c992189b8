package org.alliance.bench.load;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Whether the run still goes; sleeps that end early when it stops. */
final class Run {
    private final CountDownLatch stopped = new CountDownLatch(1);

    boolean going() {
        return stopped.getCount() > 0;
    }

    void stop() {
        stopped.countDown();
    }

    void sleep(long ms) throws InterruptedException {
        stopped.await(ms, TimeUnit.MILLISECONDS);
    }
}
