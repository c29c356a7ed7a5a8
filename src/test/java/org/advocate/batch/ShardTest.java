package org.advocate.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShardTest {
    @Test
    void everyRowBelongsToExactlyOneShardAndShardsAreBalanced() {
        for (int n = 1; n <= 9; n++) {
            List<Shard> shards = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                shards.add(new Shard(k, n));
            }
            int[] sizes = new int[n];
            for (long index = 0; index < 1000; index++) {
                long i = index;
                List<Shard> owners = shards.stream().filter(s -> s.includes(i)).toList();
                assertThat(owners).as("row %d of %d shards", index, n).hasSize(1);
                sizes[owners.get(0).k() - 1]++;
            }
            int min = java.util.Arrays.stream(sizes).min().orElseThrow();
            int max = java.util.Arrays.stream(sizes).max().orElseThrow();
            assertThat(max - min).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void shardKTakesEveryNthRowStartingAtIndexKMinusOne() {
        Shard shard = Shard.parse("2/3");
        assertThat(
                        java.util.stream.LongStream.range(0, 10)
                                .filter(shard::includes)
                                .boxed()
                                .toList())
                .containsExactly(1L, 4L, 7L);
        assertThat(shard.includes(3_000_000_001L)).isTrue();
    }

    @Test
    void theWholeBatchIsOneShard() {
        assertThat(Shard.ALL).isEqualTo(new Shard(1, 1));
        assertThat(Shard.ALL.isSplit()).isFalse();
        assertThat(Shard.parse("1/2").isSplit()).isTrue();
        assertThat(java.util.stream.LongStream.range(0, 50).allMatch(Shard.ALL::includes)).isTrue();
    }

    @Test
    void parsesWhatItPrints() {
        assertThat(Shard.parse(" 3/4 ")).isEqualTo(new Shard(3, 4));
        assertThat(Shard.parse("007/010")).isEqualTo(new Shard(7, 10));
        assertThat(new Shard(5, 12).toString()).isEqualTo("5/12");
        assertThat(Shard.parse(new Shard(5, 12).toString())).isEqualTo(new Shard(5, 12));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0/4",
                "5/4",
                "1/0",
                "0/0",
                "-1/4",
                "1/-4",
                "a/b",
                "1-4",
                "1 / 4",
                "1/4/5",
                "",
                "/4",
                "1/",
                "1234567890/1234567890",
                "+1/4",
                "１/４"
            })
    void refusesAnythingButKOverNWithOneUpToN(String text) {
        assertThatThrownBy(() -> Shard.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected K/N with 1 <= K <= N, e.g. 1/4, found '" + text + "'");
    }

    @Test
    void theConstructorRefusesImpossibleShards() {
        assertThatThrownBy(() -> new Shard(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Shard(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Shard(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
