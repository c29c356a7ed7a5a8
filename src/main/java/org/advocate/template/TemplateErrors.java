package org.advocate.template;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.util.function.UnaryOperator;

/** Turns FreeMarker's multi-line exception messages into one {@code file:line:column} line. */
final class TemplateErrors {
    private TemplateErrors() {}

    static String describe(ParseException e, UnaryOperator<String> display) {
        String name = e.getTemplateName();
        return display.apply(name)
                + ":"
                + e.getLineNumber()
                + ":"
                + e.getColumnNumber()
                + ": "
                + firstLine(e.getEditorMessage());
    }

    static String describe(TemplateException e, UnaryOperator<String> display) {
        String where = display.apply(e.getTemplateSourceName());
        if (e.getLineNumber() != null) {
            where += ":" + e.getLineNumber() + ":" + e.getColumnNumber();
        }
        String message;
        if (e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null) {
            message =
                    "'"
                            + e.getBlamedExpressionString()
                            + "' is missing (not given in the letter data, or misspelled); "
                            + "write ${x!} or <#if x??> for optional values";
        } else {
            message = firstLine(e.getMessageWithoutStackTop());
        }
        return where + ": " + message;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "template error";
        }
        String trimmed = text.strip();
        int nl = trimmed.indexOf('\n');
        return (nl < 0 ? trimmed : trimmed.substring(0, nl)).strip();
    }
}
