package org.advocate.template;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the escaper's contract. Plain {@code mvn test} replays the seeds in {@code
 * MarkdownEscaperFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn test -Dtest=MarkdownEscaperFuzzTest}
 * searches for new counterexamples.
 */
class MarkdownEscaperFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void escapedTextParsesBackToItself(String s) {
        if (s == null || s.indexOf(0) >= 0) {
            return; // CommonMark turns U+0000 into U+FFFD; data loaders refuse it
        }
        MarkdownEscaperTest.assertRoundTrip(s);
    }
}
