package org.advocate.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecipientNamesTest {
    private static RecipientNames guessed(String name, String honorific) {
        return RecipientNames.of(name, honorific, null, null, null);
    }

    @Test
    void firstAndLastWordsAreTheFirstAndLastNames() {
        assertThat(guessed("Jane Q. Doe", null))
                .isEqualTo(new RecipientNames("Jane", "Doe", "Dear Jane Q. Doe,"));
    }

    @Test
    void theSalutationUsesTheHonorificAndLastName() {
        assertThat(guessed("Jane Doe", "Senator").salutation()).isEqualTo("Dear Senator Doe,");
        assertThat(guessed("Jane Doe", "  Dr. ").salutation()).isEqualTo("Dear Dr. Doe,");
    }

    @Test
    void suffixesAndTheirCommasAreNotTheLastName() {
        assertThat(guessed("Martin Luther King, Jr.", null).lastName()).isEqualTo("King");
        assertThat(guessed("Martin Luther King, Jr,", null).lastName()).isEqualTo("King");
        assertThat(guessed("John Smith III", null).lastName()).isEqualTo("Smith");
        assertThat(guessed("Jane Doe PhD", null).lastName()).isEqualTo("Doe");
        assertThat(guessed("Jane Doe Ph.D.", null).lastName()).isEqualTo("Doe");
        assertThat(guessed("Jane Doe MD", null).lastName()).isEqualTo("Doe");
        assertThat(guessed("John Roe Sr. Esq.", "Mr.").salutation()).isEqualTo("Dear Mr. Roe,");
    }

    @Test
    void onlyTheListedSuffixesAreSkipped() {
        // "esq" is listed only with its period; "V" and "DDS" are not listed.
        assertThat(guessed("John Roe Esq", null).lastName()).isEqualTo("Esq");
        assertThat(guessed("Henry Tudor V", null).lastName()).isEqualTo("V");
        assertThat(guessed("Ann Lee DDS", null).lastName()).isEqualTo("DDS");
    }

    @Test
    void aOneWordNameIsBothNamesEvenWhenItLooksLikeASuffix() {
        assertThat(guessed("Cher", null))
                .isEqualTo(new RecipientNames("Cher", "Cher", "Dear Cher,"));
        assertThat(guessed("Jr.", null).lastName()).isEqualTo("Jr.");
        assertThat(guessed("II III", null).lastName()).isEqualTo("II");
    }

    @Test
    void wordsAreSplitAtAsciiWhiteSpaceOnly() {
        assertThat(guessed("  Jane\tDoe\n", null))
                .isEqualTo(new RecipientNames("Jane", "Doe", "Dear Jane\tDoe,"));
        assertThat(guessed("Jane\u00a0Doe", null).lastName()).isEqualTo("Jane\u00a0Doe");
        assertThat(RecipientNames.words("   ")).containsExactly("");
    }

    @Test
    void writtenNamesAndSalutationAreKept() {
        assertThat(RecipientNames.of("Jane Doe", "Ms.", "Janie", "Doe-Smith", null))
                .isEqualTo(new RecipientNames("Janie", "Doe-Smith", "Dear Ms. Doe-Smith,"));
        assertThat(RecipientNames.of("Jane Doe", "Ms.", null, null, "Hello Jane,"))
                .isEqualTo(new RecipientNames("Jane", "Doe", "Hello Jane,"));
    }

    @Test
    void withoutANameOnlyWrittenNamesAreUsed() {
        assertThat(RecipientNames.of(null, "Senator", null, null, null))
                .isEqualTo(new RecipientNames(null, null, "Dear colleagues,"));
        assertThat(RecipientNames.of(null, "Rep.", null, "Doe", null).salutation())
                .isEqualTo("Dear Rep. Doe,");
        assertThat(RecipientNames.of(null, null, "Jane", "Doe", null).salutation())
                .isEqualTo("Dear colleagues,");
    }
}
