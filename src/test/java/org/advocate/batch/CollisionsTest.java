package org.advocate.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.advocate.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollisionsTest {
    @TempDir Path tmp;

    @Test
    void findsEveryCollisionAmongManyNamesSortedInManyBlocks() throws IOException {
        List<Problem> problems = new ArrayList<>();
        Collisions.Found found;
        // 1 KB blocks: thousands of names are sorted in many blocks and merged.
        try (Collisions names = new Collisions(tmp, 1024)) {
            for (int row = 1; row <= 5000; row++) {
                String path = row == 4321 ? "Name-17.md" : "name-" + row + ".md";
                names.add(
                        SafeNames.collisionKey(path),
                        row,
                        row % 2 == 1,
                        row,
                        "r.csv:row " + row,
                        path);
            }
            found = names.find(problems::add);
        }
        try (Collisions.Found hits = found) {
            assertThat(hits.any()).isTrue();
            assertThat(hits.errorOf(3)).isNull();
            assertThat(hits.errorOf(17))
                    .isEqualTo(
                            "output name 'name-17.md' collides with row 4321 ('Name-17.md'); add a"
                                    + " column that tells them apart to the pattern");
            assertThat(hits.errorOf(4321)).contains("collides with row 17 ('name-17.md')");
            assertThat(hits.errorOf(4999)).isNull();
        }
        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly(
                        "r.csv:row 4321: --name: output name 'Name-17.md' collides with row 17"
                                + " ('name-17.md'); add a column that tells them apart to the"
                                + " pattern");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("the sort's blocks are merged and removed")
                    .noneMatch(name -> name.startsWith("sortInBatch"));
        }
    }

    @Test
    void onlyThisShardsRowsAreReportedAndEveryRowOfAGroupFails() {
        List<Problem> problems = new ArrayList<>();
        Collisions.Found found;
        try (Collisions names = new Collisions(tmp)) {
            names.add("a.md", 1, true, 1, "r.csv:row 1", "a.md");
            names.add("b.md", 2, true, 2, "r.csv:row 2", "b.md");
            names.add("a.md", 3, false, 3, "r.csv:row 3", "A.md");
            names.add("a.md", 4, true, 4, "r.csv:row 4", "a.md");
            found = names.find(problems::add);
        }
        try (Collisions.Found hits = found) {
            assertThat(hits.errorOf(1)).contains("collides with row 3 ('A.md')");
            assertThat(hits.errorOf(2)).isNull();
            assertThat(hits.errorOf(3)).isNull();
            assertThat(hits.errorOf(4)).contains("collides with row 1 ('a.md')");
        }
        assertThat(problems).hasSize(2);
    }

    @Test
    void noNamesNoCollisions() {
        try (Collisions names = new Collisions(tmp);
                Collisions.Found found = names.find(p -> {})) {
            assertThat(found.any()).isFalse();
            assertThat(found.errorOf(1)).isNull();
        }
    }
}
