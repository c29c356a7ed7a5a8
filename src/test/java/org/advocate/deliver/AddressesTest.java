package org.advocate.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One bare address per field or cell. */
class AddressesTest {
    @Test
    void oneBareAddressIsFine() {
        assertThat(Addresses.problem("maria.alvarez@senate.example.org")).isNull();
        assertThat(Addresses.problem("  m+campaign@example.com ")).isNull();
    }

    @Test
    void listsGroupsNamesAndLineBreaksAreRefused() {
        assertThat(Addresses.problem("a@example.org, b@example.org")).contains("is a list");
        assertThat(Addresses.problem("a@example.org; b@example.org")).contains("is a list");
        assertThat(Addresses.problem("team: a@example.org;")).contains("is a list");
        assertThat(Addresses.problem("undisclosed-recipients:")).contains("group syntax");
        assertThat(Addresses.problem("Maria <m@example.org>")).contains("bare address");
        assertThat(Addresses.problem("m@example.org\r\nBcc: x@example.org"))
                .contains("one line without control characters");
        assertThat(Addresses.problem("m@example.org\u2028")).contains("one line");
        assertThat(Addresses.problem("a b@example.org")).contains("space");
        assertThat(Addresses.problem("")).isEqualTo("no e-mail address");
        assertThat(Addresses.problem(null)).isEqualTo("no e-mail address");
        assertThat(Addresses.problem("not-an-address")).contains("is not an e-mail address");
        assertThat(Addresses.problem("@example.org")).contains("is not an e-mail address");
    }
}
