package org.advocate;

/**
 * A template that could not be parsed or rendered, or that broke a sandbox rule. The message starts
 * with {@code template:line:column} where the position is known.
 */
public final class TemplateFailure extends AdvocateException {
    private static final long serialVersionUID = 1L;

    public TemplateFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public TemplateFailure(String message) {
        this(message, null);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.TEMPLATE;
    }
}
