package org.advocate.load.rows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advocate.InputException;
import org.advocate.Problem;
import org.advocate.input.TextRules;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV as spreadsheets export it (RFC 4180, comma-separated, a header line). Headers must be
 * unique and not blank; every row must have as many cells as the header; rows whose cells are all
 * blank (trailing rows of a sheet) are skipped but keep their number. A file advocate wrote (one
 * with a {@link FormulaCells#MARKER} column, such as {@code failed.csv}) has the apostrophes that
 * kept its formula-like cells inert taken off again, and that column left out of its rows.
 */
final class CsvRowReader implements RowReader {
    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

    private final String source;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> headers;
    private int columns;
    private int marker = -1; // the index of the FormulaCells.MARKER column, or -1
    private Row next;

    CsvRowReader(StrictUtf8Reader reader, String source) {
        this.source = source;
        try {
            this.parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader);
        } catch (IOException e) {
            throw InputException.of(source, "", "cannot read file: " + e.getMessage());
        }
        this.records = parser.iterator();
        this.headers = readHeaders();
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    private List<String> readHeaders() {
        CSVRecord first = nextRecord();
        if (first == null) {
            throw InputException.of(source + ":1", "", "file is empty; expected a header line");
        }
        if (first.size() > MAX_COLUMNS) {
            throw InputException.of(source + ":1", "", "has more than " + MAX_COLUMNS + " columns");
        }
        columns = first.size();
        for (int i = 0; i < first.size(); i++) {
            if (first.get(i).strip().equals(FormulaCells.MARKER)) {
                marker = i;
            }
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            if (i == marker) {
                continue;
            }
            String header = cell(first.get(i)).strip();
            String where = source + ":1, column " + (i + 1);
            String rule = TextRules.check(header);
            if (rule != null) {
                problems.add(new Problem(where, "", "header " + rule));
            } else if (header.isEmpty()) {
                problems.add(new Problem(where, "", "header is blank; every column needs a name"));
            } else {
                Integer earlier = seen.putIfAbsent(header, i + 1);
                if (earlier != null) {
                    problems.add(
                            new Problem(
                                    where,
                                    "",
                                    "duplicate header \""
                                            + header
                                            + "\" (also column "
                                            + earlier
                                            + ")"));
                }
            }
            out.add(header);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return List.copyOf(out);
    }

    private CSVRecord nextRecord() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw malformed(e.getCause().getMessage());
        } catch (IllegalStateException e) {
            throw malformed(e.getMessage());
        }
    }

    /** The parser's complaint in advocate's words, at the line where the bad record starts. */
    private InputException malformed(String message) {
        String text = message == null ? "" : message;
        Matcher start = START_LINE.matcher(text);
        long line = start.find() ? Long.parseLong(start.group(1)) : parser.getCurrentLineNumber();
        String problem;
        if (text.contains("EOF reached")) {
            problem = "a quoted cell is not closed: the file ends inside it (a missing '\"'?)";
        } else if (text.contains("between encapsulated token and delimiter")) {
            problem =
                    "a quoted cell has text after its closing quote; write \"\" for a quote"
                            + " inside a quoted cell";
        } else {
            problem = "this is not valid CSV here; check the quotes on this line";
        }
        return InputException.of(source + ":" + line, "", "malformed CSV: " + problem);
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            CSVRecord record = nextRecord();
            if (record == null) {
                return false;
            }
            int number = (int) record.getRecordNumber() - 1;
            if (isBlank(record)) {
                continue;
            }
            next = toRow(record, number, startLine(record));
        }
        return true;
    }

    /**
     * The line a record starts on: the parser counts the line it ends on, so the line breaks inside
     * its quoted cells are taken off (CR LF, CR and LF each end one line, as the parser counts
     * them).
     */
    private int startLine(CSVRecord record) {
        long breaks = 0;
        for (String cell : record) {
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c == '\n'
                        || c == '\r' && (i + 1 == cell.length() || cell.charAt(i + 1) != '\n')) {
                    breaks++;
                }
            }
        }
        return (int) Math.max(1, parser.getCurrentLineNumber() - breaks);
    }

    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private Row toRow(CSVRecord record, int number, int line) {
        // The header is the spreadsheet's row 1.
        RowBuilder row = new RowBuilder(source, number, line, number + 1);
        if (record.size() != columns) {
            row.rowProblem(
                    "has "
                            + record.size()
                            + " cells but the header has "
                            + columns
                            + " columns (a missing or extra comma, or an unclosed quote?)");
        }
        for (int i = 0, h = 0; i < Math.min(record.size(), columns); i++) {
            if (i != marker) {
                row.cell(headers.get(h++), cell(record.get(i)));
            }
        }
        return row.build();
    }

    /** A cell as its writer meant it: in a file advocate wrote, without the formula guard. */
    private String cell(String text) {
        return marker >= 0 ? FormulaCells.restore(text) : text;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
