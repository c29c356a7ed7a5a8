package org.advocate.template;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Interrupts renders that run past their time limit. Arming and disarming an alarm costs two map
 * operations and no thread hand-off: one daemon thread looks at the armed alarms a few times per
 * limit period, so a batch's many short renders never wake it. A timed-out render is interrupted
 * within about a tenth of the limit.
 */
final class Watchdog implements AutoCloseable {
    private final long limitNanos;
    private final long tickNanos;
    private final Set<Alarm> armed = ConcurrentHashMap.newKeySet();
    private final Object startLock = new Object();
    private volatile boolean closed;
    private volatile Thread thread;

    /** One render's alarm; disarm it when the render ends, however it ends. */
    static final class Alarm {
        private final Thread target;
        private final long deadline;
        private boolean finished;
        private boolean fired;

        private Alarm(Thread target, long deadline) {
            this.target = target;
            this.deadline = deadline;
        }

        private synchronized void fireIfDue(long now) {
            if (!finished && !fired && now - deadline >= 0) {
                fired = true;
                target.interrupt();
            }
        }

        /** Returns whether the alarm went off (and interrupted the render). */
        synchronized boolean timedOut() {
            return fired;
        }
    }

    /**
     * @param limit how long a render may take
     */
    Watchdog(Duration limit) {
        this.limitNanos = limit.toNanos();
        this.tickNanos = Math.clamp(limitNanos / 10, 1_000_000L, 100_000_000L);
    }

    /** Arms an alarm for a render starting now on the current thread. */
    Alarm arm() {
        Alarm alarm = new Alarm(Thread.currentThread(), System.nanoTime() + limitNanos);
        start();
        armed.add(alarm);
        return alarm;
    }

    /** Disarms an alarm; clears the thread's interruption when the alarm had fired. */
    void disarm(Alarm alarm) {
        armed.remove(alarm);
        synchronized (alarm) {
            alarm.finished = true;
            if (alarm.fired) {
                Thread.interrupted();
            }
        }
    }

    private void start() {
        if (thread != null) {
            return;
        }
        synchronized (startLock) {
            if (thread == null && !closed) {
                Thread t = new Thread(this::watch, "advocate-template-watchdog");
                t.setDaemon(true);
                t.start();
                thread = t;
            }
        }
    }

    private void watch() {
        while (!closed) {
            LockSupport.parkNanos(this, tickNanos);
            long now = System.nanoTime();
            for (Alarm alarm : armed) {
                alarm.fireIfDue(now);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (startLock) {
            if (thread != null) {
                LockSupport.unpark(thread);
            }
        }
    }
}
