package org.advocate.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatoryTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The Río Collective|rio collective.",
                "THE RIO COLLECTIVE|rio collective",
                "  Río   Collective  |rio-collective",
                "Amnesty International (UK)|amnesty international uk",
                "São Paulo Women's Forum|sao paulo women s forum",
                "Ǆemal Ōtaki|džemal otaki",
                "ﬁsh & chips|fish chips",
                "İstanbul Barosu|istanbul barosu",
                "Ελληνική Ένωση|ελληνικη ενωση",
                "Cafe\u0301 Bar|café bar"
            })
    void caseAccentsPunctuationSpacingAndALeadingTheDoNotCount(String a, String b) {
        assertThat(Signatory.matchKey(a)).isEqualTo(Signatory.matchKey(b));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The Río Collective|rio collective",
                "the  the band|the band",
                "Theatre Group|theatre group",
                "Local 1199 — SEIU|local 1199 seiu",
                "...|''",
                "The|the",
                "'  The  '|the",
                "Other, The|other the"
            })
    void theKeyIsLowerCaseWordsSeparatedBySingleSpaces(String name, String key) {
        assertThat(Signatory.matchKey(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Rio Collective|Rios Collective",
                "Local 11|Local 1 1",
                "Theatre Group|Atre Group",
                "Friends of the Earth|Friends of Earth"
            })
    void differentNamesStayDifferent(String a, String b) {
        assertThat(Signatory.matchKey(a)).isNotEqualTo(Signatory.matchKey(b));
    }

    @Test
    void asLeadChangesOnlyTheLeadFlag() {
        Signatory s =
                new Signatory("Org", "Ana", "Chair", "PE", "Lima", false, "NGO", "s.csv:row 2");
        assertThat(s.asLead())
                .isEqualTo(
                        new Signatory(
                                "Org", "Ana", "Chair", "PE", "Lima", true, "NGO", "s.csv:row 2"));
        assertThat(s.lead()).isFalse();
    }

    @Test
    void theShortConstructorHasNoGroupAndNoOrigin() {
        Signatory s = new Signatory("Org", null, null, null, null, true);
        assertThat(s.group()).isNull();
        assertThat(s.origin()).isNull();
        assertThat(s.lead()).isTrue();
    }
}
