package org.advocate.template;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.advocate.TemplateFailure;

/**
 * Parses templates within a time limit. FreeMarker's parser looks ahead without limit, and on some
 * malformed templates (brackets nested around ranges and calls, with an error inside) that takes
 * time exponential in the nesting: 100 characters can take minutes, and a parse can be neither
 * interrupted nor timed from inside. So parsing runs on a daemon thread, and a parse that is not
 * done in time is given up: the template fails, and the thread finishes on its own (such a template
 * never parses successfully anyway). Parsed templates are cached, so a batch pays the hand-off once
 * per template, not once per letter.
 */
final class ParseTimer {
    private ParseTimer() {}

    /** A parse that may fail as FreeMarker parsing does. */
    @FunctionalInterface
    interface Parse<T> {
        T run() throws IOException;
    }

    /** Deep but valid nesting parses on a roomy stack. */
    private static final long STACK = 16L << 20;

    private static final ExecutorService PARSERS =
            Executors.newCachedThreadPool(
                    task -> {
                        Thread t = new Thread(null, task, "advocate-template-parser", STACK);
                        t.setDaemon(true);
                        return t;
                    });

    /**
     * Runs {@code parse}, failing with a message naming {@code origin} if it takes longer than
     * {@code limit}.
     */
    static <T> T parse(String origin, Duration limit, Parse<T> parse) throws IOException {
        Callable<T> task = parse::run;
        Future<T> result = PARSERS.submit(task);
        try {
            return result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new TemplateFailure(
                    origin
                            + ": the template took longer than "
                            + limit.toMillis()
                            + " ms to parse (brackets nested deep around an error?)");
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new TemplateFailure(origin + ": parsing was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof StackOverflowError) {
                throw new TemplateFailure(
                        origin + ": the template nests too deeply to parse", cause);
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new TemplateFailure(origin + ": " + cause, cause);
        }
    }
}
