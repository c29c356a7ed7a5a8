package org.advocate.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Default values from the environment given to {@link Main} (never {@code System.getenv} directly,
 * so tests control it): option {@code --library} takes {@code ADVOCATE_LIBRARY}, {@code --paper}
 * takes {@code ADVOCATE_PAPER}, {@code --locale} takes {@code ADVOCATE_LOCALE}, in every command
 * that has the option. An option on the command line wins over the environment.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {
    /** The options whose default an environment variable may give. */
    static final Set<String> OPTIONS = Set.of("--library", "--paper", "--locale");

    private final Map<String, String> env;

    EnvironmentDefaults(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The variable for an option: {@code --paper} → {@code ADVOCATE_PAPER}. */
    static String variable(String option) {
        return "ADVOCATE_"
                + option.replaceFirst("^-+", "").replace('-', '_').toUpperCase(Locale.ROOT);
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (argSpec instanceof OptionSpec option && OPTIONS.contains(option.longestName())) {
            String value = env.get(variable(option.longestName()));
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
