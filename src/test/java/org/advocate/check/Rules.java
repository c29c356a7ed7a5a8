package org.advocate.check;

import java.util.regex.Pattern;

/** Text rules for the tests, written as style/terms.yaml would give them. */
final class Rules {
    static final TextRule PROSTITUTE = rule("prostitute", "\\bprostitutes?\\b", true);
    static final TextRule PROSTITUTION = rule("prostitution", "\\bprostitution\\b", true);
    static final TextRule CHILD =
            rule("child-prostitution", "\\bchild(ren)?\\s+prostitut(e|es|ion)\\b", false);
    static final TextRule HIGH_RISK =
            rule("high-risk-group", "\\bhigh[-\\s]risk\\s+groups?\\b", false);
    static final TextRule PLACEHOLDER =
            new TextRule(
                    "placeholder",
                    Pattern.compile(
                            "(?-i)\\b(TODO|FIXME)\\b|(?i)\\[(name|date)\\]",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    Severity.ERROR,
                    "placeholder text left in the letter",
                    null,
                    null,
                    false);

    private Rules() {}

    static TextRule rule(String id, String regex, boolean exceptQuoted) {
        return new TextRule(
                id,
                Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                Severity.WARNING,
                "a message",
                null,
                null,
                exceptQuoted);
    }
}
