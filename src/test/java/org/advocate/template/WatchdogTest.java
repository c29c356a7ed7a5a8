package org.advocate.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WatchdogTest {
    @Test
    void aRenderPastItsLimitIsInterruptedAndTheInterruptionClearedOnDisarm() {
        try (Watchdog watchdog = new Watchdog(Duration.ofMillis(50))) {
            Watchdog.Alarm alarm = watchdog.arm();
            long start = System.nanoTime();
            while (!Thread.currentThread().isInterrupted()) {
                assertThat(System.nanoTime() - start)
                        .as("interrupted within 5 s")
                        .isLessThan(5_000_000_000L);
                Thread.onSpinWait();
            }
            assertThat(alarm.timedOut()).isTrue();
            watchdog.disarm(alarm);
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
        }
    }

    @Test
    void aDisarmedAlarmNeverFires() throws InterruptedException {
        try (Watchdog watchdog = new Watchdog(Duration.ofMillis(20))) {
            for (int i = 0; i < 1_000; i++) {
                watchdog.disarm(watchdog.arm());
            }
            Watchdog.Alarm alarm = watchdog.arm();
            watchdog.disarm(alarm);
            Thread.sleep(200);
            assertThat(alarm.timedOut()).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
        }
    }

    @Test
    void renderingManyTimesOnSeveralThreadsInterruptsNone() throws Exception {
        try (TemplateEngine engine =
                new TemplateEngine(
                        java.util.List.of(), new RenderLimits(Duration.ofMillis(30), 10_000))) {
            Runnable renders =
                    () -> {
                        for (int i = 0; i < 2_000; i++) {
                            assertThat(
                                            engine.renderSource(
                                                    "t",
                                                    "${n}",
                                                    1,
                                                    java.util.Map.of("n", String.valueOf(i)),
                                                    java.util.Locale.US))
                                    .isEqualTo(String.valueOf(i));
                        }
                        assertThat(Thread.currentThread().isInterrupted()).isFalse();
                    };
            Thread other = new Thread(renders);
            java.util.concurrent.atomic.AtomicReference<Throwable> failure =
                    new java.util.concurrent.atomic.AtomicReference<>();
            other.setUncaughtExceptionHandler((t, e) -> failure.set(e));
            other.start();
            renders.run();
            other.join();
            assertThat(failure.get()).isNull();
        }
    }
}
