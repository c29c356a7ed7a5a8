package org.advocate.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SectionTest {
    @ParameterizedTest
    @EnumSource(Section.class)
    void everySectionsMarkerReadsBackAsThatSection(Section section) {
        String marker = "<!-- advocate:section " + section.markerName() + " -->";
        assertThat(Section.fromMarker(marker)).contains(section);
        assertThat(Section.fromMarker("  " + marker + "\n")).contains(section);
    }

    @Test
    void markerNamesAreTheLowerCaseNames() {
        assertThat(Section.LETTERHEAD.markerName()).isEqualTo("letterhead");
        assertThat(Section.SIGNATORIES.markerName()).isEqualTo("signatories");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<!-- advocate:section BODY -->",
                "<!-- advocate:section Body -->",
                "<!-- advocate:section footer -->",
                "<!-- advocate:section -->",
                "<!--advocate:section body-->",
                "<!-- advocate:section  body -->",
                "<!-- advocate:section body --> trailing",
                "<!-- advocate:section body -->\n<p>more</p>",
                "leading <!-- advocate:section body -->",
                "<!-- advocate:sections body -->",
                "<!-- section body -->",
                "<!-- advocate:section body1 -->",
                "<div>body</div>",
                ""
            })
    void anythingButAnExactMarkerWithAKnownNameIsOrdinaryHtml(String html) {
        assertThat(Section.fromMarker(html)).isEmpty();
    }
}
