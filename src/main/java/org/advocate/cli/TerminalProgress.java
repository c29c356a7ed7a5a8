package org.advocate.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.advocate.batch.Progress;

/** A progress bar on standard error, for terminals only. */
final class TerminalProgress implements Progress {
    private final ProgressBar bar;
    private boolean closed;

    private TerminalProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * Returns a factory drawing to the context's standard error, or none when it is no terminal.
     */
    static Progress.Factory factory(CliContext context) {
        boolean plain =
                context.env().containsKey("NO_COLOR") || "dumb".equals(context.env().get("TERM"));
        if (!context.terminal()) {
            return total -> Progress.none();
        }
        return total ->
                new TerminalProgress(
                        new ProgressBarBuilder()
                                .setTaskName("letters")
                                .setInitialMax(total)
                                .setStyle(
                                        plain
                                                ? ProgressBarStyle.ASCII
                                                : ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                                .setUpdateIntervalMillis(200)
                                .showSpeed()
                                .setConsumer(new Consumer(context))
                                .build());
    }

    @Override
    public void step() {
        bar.step();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            // A batch counts its rows as it reads them: the total is known at the end.
            bar.maxHint(bar.getCurrent());
            bar.close();
        }
    }

    /** Draws on the context's standard error, so nothing bypasses the command's streams. */
    private record Consumer(CliContext context) implements ProgressBarConsumer {
        @Override
        public int getMaxRenderedLength() {
            return 100;
        }

        @Override
        public void accept(String rendered) {
            synchronized (context.err()) {
                context.err().print('\r' + rendered);
                context.err().flush();
            }
        }

        @Override
        public void close() {
            synchronized (context.err()) {
                context.err().println();
                context.err().flush();
            }
        }
    }
}
