package org.advocate.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSON Lines: one JSON object per finding, one per line, with the keys file, line, column,
 * severity, rule and message (line and column are 0 when unknown). No findings prints nothing.
 * Besides the control characters JSON requires escaped, U+2028 and U+2029 are escaped too, so that
 * readers which take them for line breaks still see one object per line.
 */
final class JsonFormat implements FindingFormat {
    private static final JsonFactory FACTORY =
            new JsonFactoryBuilder()
                    .characterEscapes(new LineSeparatorEscapes())
                    .rootValueSeparator((String) null)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build();

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void write(List<Finding> findings, PrintWriter out, boolean colour) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            for (Finding f : findings) {
                json.writeStartObject();
                json.writeStringField("file", f.file());
                json.writeNumberField("line", f.line());
                json.writeNumberField("column", f.column());
                json.writeStringField("severity", f.severity().label());
                json.writeStringField("rule", f.rule());
                json.writeStringField("message", f.message());
                json.writeEndObject();
                json.flush();
                out.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON's own escapes, plus U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR. */
    private static final class LineSeparatorEscapes extends CharacterEscapes {
        private static final SerializableString LS = new SerializedString("\\u2028");
        private static final SerializableString PS = new SerializedString("\\u2029");

        @Override
        public int[] getEscapeCodesForAscii() {
            return standardAsciiEscapesForJSON();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == '\u2028' ? LS : ch == '\u2029' ? PS : null;
        }
    }
}
