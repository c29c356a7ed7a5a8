package org.advocate.load.rows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.NoSuchElementException;
import org.advocate.InputException;

/**
 * Reads a JSON array of objects, one object at a time. Duplicate keys are errors; strings, numbers
 * (as written) and booleans are cells; {@code null} is a blank cell; nesting and sizes are bounded.
 */
final class JsonRowReader implements RowReader {
    private static final JsonFactory FACTORY =
            JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(
                            StreamReadConstraints.builder()
                                    .maxNestingDepth(8)
                                    .maxStringLength(MAX_CELL_CHARS)
                                    .maxNumberLength(100)
                                    .maxNameLength(10_000)
                                    .build())
                    .build();

    private final String source;
    private final JsonParser parser;
    private int number;
    private boolean done;
    private boolean peeked;

    JsonRowReader(StrictUtf8Reader reader, String source) {
        this.source = source;
        try {
            this.parser = FACTORY.createParser(reader);
            JsonToken first = parser.nextToken();
            if (first == null) {
                done = true;
            } else if (first != JsonToken.START_ARRAY) {
                throw error(
                        parser.currentTokenLocation(),
                        "expected an array of rows ([{...}, {...}]), found " + describe(first));
            }
        } catch (JsonProcessingException e) {
            throw error(e.getLocation(), JsonMessages.describe(e.getOriginalMessage()));
        } catch (IOException e) {
            throw InputException.of(source, "", "cannot read file: " + e.getMessage());
        }
    }

    @Override
    public boolean hasNext() {
        if (done) {
            return false;
        }
        if (!peeked) {
            try {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    done = true;
                    if (parser.nextToken() != null) {
                        throw error(
                                parser.currentTokenLocation(), "unexpected text after the array");
                    }
                    return false;
                }
                if (token == null) {
                    throw error(parser.currentLocation(), "unexpected end of file in the array");
                }
                peeked = true;
            } catch (JsonProcessingException e) {
                throw error(e.getLocation(), JsonMessages.describe(e.getOriginalMessage()));
            } catch (IOException e) {
                throw InputException.of(source, "", "cannot read file: " + e.getMessage());
            }
        }
        return true;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        peeked = false;
        JsonLocation at = parser.currentTokenLocation();
        number++;
        RowBuilder row = new RowBuilder(source, number, Math.max(0, at.getLineNr()), number);
        try {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                row.rowProblem(
                        "expected an object of \"column\": value, found "
                                + describe(parser.currentToken()));
                parser.skipChildren();
                return row.build();
            }
            int columns = 0;
            for (JsonToken t = parser.nextToken();
                    t != JsonToken.END_OBJECT;
                    t = parser.nextToken()) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (++columns > MAX_COLUMNS) {
                    row.rowProblem("has more than " + MAX_COLUMNS + " columns");
                    parser.skipChildren();
                    continue;
                }
                switch (value) {
                    case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                            row.cell(key, parser.getText());
                    case VALUE_TRUE, VALUE_FALSE -> row.cell(key, parser.getText());
                    case VALUE_NULL -> row.cell(key, "");
                    default -> {
                        row.problem(key, "expected text, found " + describe(value));
                        parser.skipChildren();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw error(e.getLocation(), JsonMessages.describe(e.getOriginalMessage()));
        } catch (IOException e) {
            throw InputException.of(source, "", "cannot read file: " + e.getMessage());
        }
        return row.build();
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    private InputException error(JsonLocation at, String message) {
        String where =
                at == null || at.getLineNr() < 1
                        ? source
                        : source + ":" + at.getLineNr() + ":" + at.getColumnNr();
        return InputException.of(where, "", "malformed JSON: " + message);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
