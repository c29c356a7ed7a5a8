package org.advocate.cli;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Usage help that wraps between words, never inside a dotted one. picocli wraps text where the
 * JDK's line {@link java.text.BreakIterator} allows, and that allows a break after every full stop:
 * "letter.yaml" and "e.g." could come out as "letter." at a line's end and "yaml" on the next.
 * While a help section is laid out, each full stop inside a word (between two letters or digits)
 * stands in as U+2024 ONE DOT LEADER, which the iterator never breaks after and which has the same
 * width; the finished text has full stops again.
 */
final class WholeWordsHelp extends Help {
    /** Makes the help of every command. */
    static final CommandLine.IHelpFactory FACTORY = WholeWordsHelp::new;

    private static final char STAND_IN = '\u2024';
    private static final Pattern INNER_DOT = Pattern.compile("(?<=\\w)\\.(?=\\w)");

    WholeWordsHelp(CommandSpec spec, ColorScheme scheme) {
        super(spec, scheme);
    }

    @Override
    public Layout createDefaultLayout(
            List<OptionSpec> options, List<PositionalParamSpec> positionals, ColorScheme scheme) {
        Layout standard = super.createDefaultLayout(options, positionals, scheme);
        TextTable table = new Table(scheme, standard.textTable());
        return new Layout(
                scheme, table, createDefaultOptionRenderer(), createDefaultParameterRenderer());
    }

    @Override
    public String description(Object... params) {
        return joined(commandSpec().usageMessage().description(), params);
    }

    @Override
    public String header(Object... params) {
        return joined(commandSpec().usageMessage().header(), params);
    }

    @Override
    public String footer(Object... params) {
        return joined(commandSpec().usageMessage().footer(), params);
    }

    private String joined(String[] lines, Object... params) {
        String[] guarded = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            guarded[i] = guard(lines[i]);
        }
        boolean cjk = commandSpec().usageMessage().adjustLineBreaksForWideCJKCharacters();
        int width = commandSpec().usageMessage().width();
        return restore(join(ansi(), width, cjk, guarded, new StringBuilder(), params).toString());
    }

    /** The list of subcommands, as picocli makes it, with the guarded table. */
    @Override
    public String commandList(Map<String, Help> subcommands) {
        if (subcommands.isEmpty()) {
            return "";
        }
        int width = commandSpec().usageMessage().width();
        int names = 0;
        for (String name : subcommands.keySet()) {
            names = Math.max(names, name.length());
        }
        names = Math.min(names, width / 2);
        TextTable table =
                new Table(
                        colorScheme(),
                        TextTable.forColumns(
                                colorScheme(),
                                new Column(names + 2, 2, Column.Overflow.SPAN),
                                new Column(width - (names + 2), 2, Column.Overflow.WRAP)));
        for (Help help : subcommands.values()) {
            UsageMessageSpec usage = help.commandSpec().usageMessage();
            String[] first =
                    usage.header().length > 0
                            ? usage.header()
                            : usage.description().length > 0
                                    ? usage.description()
                                    : new String[] {""};
            Text[] lines = colorScheme().text(String.format(first[0])).splitLines();
            for (int i = 0; i < lines.length; i++) {
                table.addRowValues(
                        i == 0 ? help.commandNamesText(", ") : colorScheme().text(""), lines[i]);
            }
        }
        return table.toString();
    }

    @Override
    protected String insertSynopsisCommandName(int headingLength, Text details) {
        return restore(super.insertSynopsisCommandName(headingLength, guard(details)));
    }

    /** A text with each full stop inside a word replaced by the stand-in, keeping its styles. */
    static Text guard(Text text) {
        java.util.regex.Matcher m = INNER_DOT.matcher(text.plainString());
        if (!m.find()) {
            return text;
        }
        Text out = text.substring(0, 0);
        int from = 0;
        do {
            out = out.concat(text.substring(from, m.start())).concat(String.valueOf(STAND_IN));
            from = m.end();
        } while (m.find());
        return out.concat(text.substring(from));
    }

    static String guard(String text) {
        return INNER_DOT.matcher(text).replaceAll(String.valueOf(STAND_IN));
    }

    static String restore(String text) {
        return text.replace(STAND_IN, '.');
    }

    /** The standard table, laying out its last column (the descriptions) with guarded dots. */
    private static final class Table extends TextTable {
        private final int last;

        Table(ColorScheme scheme, TextTable standard) {
            super(scheme, standard.columns());
            this.last = standard.columns().length - 1;
            setAdjustLineBreaksForWideCJKCharacters(
                    standard.isAdjustLineBreaksForWideCJKCharacters());
            indentWrappedLines = standard.indentWrappedLines;
        }

        @Override
        public Cell putValue(int row, int col, Text value) {
            return super.putValue(row, col, col == last && value != null ? guard(value) : value);
        }

        @Override
        public StringBuilder toString(StringBuilder text) {
            int from = text.length();
            super.toString(text);
            for (int i = from; i < text.length(); i++) {
                if (text.charAt(i) == STAND_IN) {
                    text.setCharAt(i, '.');
                }
            }
            return text;
        }
    }
}
