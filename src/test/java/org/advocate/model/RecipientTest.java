package org.advocate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientTest {
    @Test
    void theDefaultSalutationUsesHonorificAndLastName() {
        assertThat(Recipient.defaultSalutation("Salil Shetty", "Mr.", "Shetty"))
                .isEqualTo("Dear Mr. Shetty,");
        assertThat(Recipient.defaultSalutation("Salil Shetty", " Dr. ", "Shetty"))
                .isEqualTo("Dear Dr. Shetty,");
    }

    @Test
    void withoutAnHonorificOrLastNameItUsesTheFullName() {
        assertThat(Recipient.defaultSalutation("Salil Shetty", null, "Shetty"))
                .isEqualTo("Dear Salil Shetty,");
        assertThat(Recipient.defaultSalutation(" Salil Shetty ", "Mr.", null))
                .isEqualTo("Dear Salil Shetty,");
    }

    @Test
    void withoutANameItGreetsColleagues() {
        assertThat(Recipient.defaultSalutation(null, null, null)).isEqualTo("Dear colleagues,");
        assertThat(Recipient.defaultSalutation(null, "Hon.", null)).isEqualTo("Dear colleagues,");
    }

    @Test
    void anHonorificAndLastNameSufficeWithoutAFullName() {
        assertThat(Recipient.defaultSalutation(null, "Hon.", "Okafor"))
                .isEqualTo("Dear Hon. Okafor,");
    }

    @Test
    void aSalutationIsWrittenOnlyWhenItDiffersFromTheDefault() {
        assertThat(recipient("Dear Mr. Shetty,").salutationWritten()).isFalse();
        assertThat(recipient("Dear Salil,").salutationWritten()).isTrue();
        assertThat(recipient("Dear Mr. Shetty").salutationWritten()).isTrue();
    }

    @Test
    void theShortConstructorHasNoDistrict() {
        Recipient r = recipient("Dear Mr. Shetty,");
        assertThat(r.district()).isNull();
        assertThat(r.firstName()).isEqualTo("Salil");
        assertThat(r.lastName()).isEqualTo("Shetty");
    }

    private static Recipient recipient(String salutation) {
        return new Recipient(
                "Salil Shetty",
                "Mr.",
                "Secretary General",
                "Amnesty International",
                List.of(),
                salutation,
                "Salil",
                "Shetty");
    }
}
