package org.advocate.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkPolicyTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://example.org",
                "https://example.org/path?q=1#frag",
                "HTTPS://EXAMPLE.ORG",
                "Http://example.org",
                "mailto:someone@example.org",
                "MailTo:someone@example.org?subject=Hi%20there",
                "https://example.org/%6Aavascript:"
            })
    void webAndMailAddressesAreLive(String destination) {
        assertThat(LinkPolicy.isLive(destination)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                "vbscript:msgbox",
                "data:text/html;base64,PHNjcmlwdD4=",
                "file:///etc/passwd",
                "file://server/share",
                "ftp://example.org",
                "tel:+15551234",
                "ldap://example.org",
                "jar:file:/x.jar!/",
                "%6Aavascript:alert(1)",
                "java\tscript:alert(1)",
                " https://example.org",
                "https ://example.org",
                "http2://example.org",
                "https://exa mple.org",
                "https://example.org/\n",
                "https://example.org/\u0000",
                "https://example.org/\u007F",
                "relative/page.html",
                "page.html",
                "#section",
                "//example.org/path",
                "/absolute/path",
                ":https://example.org",
                "https",
                ""
            })
    void everythingElseIsInert(String destination) {
        assertThat(LinkPolicy.isLive(destination)).isFalse();
    }

    @Test
    void noDestinationIsInert() {
        assertThat(LinkPolicy.isLive(null)).isFalse();
    }
}
