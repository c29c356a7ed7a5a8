package org.advocate.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SubsetTagRandomTest {
    /** Draws a tag as OpenPDF does: six doubles, each mapped to a capital letter. */
    private static String tag(SubsetTagRandom random) {
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) (random.nextDouble() * 26 + 'A'));
        }
        return tag.toString();
    }

    @Test
    void theSameFaceGivesTheSameTagEveryTime() {
        SubsetTagRandom random = new SubsetTagRandom("liberation/LiberationSerif-Regular.ttf");
        String first = tag(random);
        assertThat(first).matches("[A-Z]{6}");
        assertThat(tag(random)).isEqualTo(first);
        assertThat(tag(random)).isEqualTo(first);
        assertThat(tag(new SubsetTagRandom("liberation/LiberationSerif-Regular.ttf")))
                .isEqualTo(first);
    }

    @Test
    void differentFacesGiveDifferentTags() {
        assertThat(tag(new SubsetTagRandom("liberation/LiberationSerif-Regular.ttf")))
                .isNotEqualTo(tag(new SubsetTagRandom("liberation/LiberationSerif-Bold.ttf")));
    }

    @Test
    void everyDoubleIsInsideItsLettersInterval() {
        SubsetTagRandom random = new SubsetTagRandom("x");
        for (int i = 0; i < 12; i++) {
            double d = random.nextDouble();
            assertThat(d).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
            double scaled = d * 26;
            assertThat(scaled - Math.floor(scaled))
                    .isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void eachThreadCountsItsOwnPosition() throws Exception {
        SubsetTagRandom random = new SubsetTagRandom("liberation/LiberationSans-Regular.ttf");
        String expected = tag(new SubsetTagRandom("liberation/LiberationSans-Regular.ttf"));
        random.nextDouble(); // this thread is now one letter into the tag
        String other = CompletableFuture.supplyAsync(() -> tag(random)).get();
        assertThat(other).isEqualTo(expected);
        assertThat(tag(random)).isEqualTo(expected.substring(1) + expected.charAt(0));
    }
}
