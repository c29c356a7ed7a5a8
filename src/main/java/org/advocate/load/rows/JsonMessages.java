package org.advocate.load.rows;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in advocate's words what the JSON parser found wrong: its own wording ({@code Unexpected
 * character ('}' (code 125)): was expecting double-quote to start field name}) speaks of its
 * grammar and internals, not of the file a user wrote. What it cannot place gets a general
 * sentence; the origin still names the line and column.
 */
final class JsonMessages {
    private static final Pattern CHARACTER = Pattern.compile("character \\('(.+?)' \\(code");
    private static final Pattern TOKEN = Pattern.compile("token '(.*?)'");
    private static final Pattern CLOSE = Pattern.compile("close marker '(.)': expected '(.)'");
    private static final Pattern ESCAPE = Pattern.compile("escape '(.+?)'");
    private static final Pattern FIELD = Pattern.compile("field '(.*?)'");
    private static final Pattern MAXIMUM = Pattern.compile("maximum allowed \\((\\d+)");

    private JsonMessages() {}

    /** Returns the message for a problem the parser reported (its message without location). */
    static String describe(String original) {
        String text = original == null ? "" : original;
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("comment")) {
            return "comments are not allowed in JSON";
        }
        if (lower.contains("ctrl-char") || lower.contains("illegal unquoted character")) {
            return "a line break or other control character inside quotes must be written as an"
                    + " escape such as \\n";
        }
        if (lower.startsWith("unexpected end-of-input")) {
            return lower.contains("string value") || lower.contains("field name")
                    ? "the file ends inside a quoted text; a closing '\"' is missing"
                    : "the file ends before every '[' and '{' is closed";
        }
        Matcher close = CLOSE.matcher(text);
        if (close.find()) {
            return "'" + close.group(1) + "' where '" + close.group(2) + "' should close a bracket";
        }
        Matcher escape = ESCAPE.matcher(text);
        if (lower.contains("character escape") && escape.find()) {
            return "unknown escape '\\"
                    + escape.group(1)
                    + "' in a quoted text; write \\\\ for a backslash";
        }
        if (lower.startsWith("unrecognized token")) {
            Matcher token = TOKEN.matcher(text);
            return (token.find() ? "'" + token.group(1) + "'" : "this word")
                    + " is not a JSON value; put text in double quotes";
        }
        Matcher maximum = MAXIMUM.matcher(text);
        String bound = maximum.find() ? maximum.group(1) : null;
        if (lower.startsWith("string value length") && bound != null) {
            return "a quoted text is longer than " + bound + " characters";
        }
        if (lower.startsWith("number value length") && bound != null) {
            return "a number is longer than " + bound + " digits";
        }
        if (lower.contains("nesting depth") && bound != null) {
            return "brackets are nested more than " + bound + " deep";
        }
        if (lower.contains("leading zero")) {
            return "a number cannot start with 0; put it in double quotes to keep it as written";
        }
        if (lower.contains("numeric value") || lower.contains("number")) {
            return "not a number JSON can hold; put it in double quotes to keep it as written";
        }
        if (lower.contains("nesting depth")) {
            return "brackets are nested too deeply";
        }
        if (lower.startsWith("duplicate field")) {
            Matcher field = FIELD.matcher(text);
            return "duplicate key" + (field.find() ? " '" + field.group(1) + "'" : "");
        }
        Matcher character = CHARACTER.matcher(text);
        String found = character.find() ? "'" + character.group(1) + "'" : "a character";
        if (lower.contains("double-quote to start field name")) {
            return "unexpected "
                    + found
                    + " where a key in double quotes should be (a comma"
                    + " too many, or a key without quotes?)";
        }
        if (lower.contains("comma to separate array")) {
            return "unexpected " + found + ": items of a list need a ',' between them";
        }
        if (lower.contains("comma to separate object")) {
            return "unexpected " + found + ": entries of an object need a ',' between them";
        }
        if (lower.contains("colon")) {
            return "unexpected " + found + ": a key needs ':' before its value";
        }
        if (lower.startsWith("unexpected character")) {
            return "unexpected "
                    + found
                    + " where a value should be (text in double quotes, a number, true, false or"
                    + " null)";
        }
        return "this is not valid JSON here";
    }
}
