package org.advocate.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BatchSummaryTest {
    @Test
    void summaryLineCountsRowsAndRate() {
        BatchSummary summary = new BatchSummary(Shard.ALL, 50, 48, 1, 1, 0, 2.0);

        assertThat(summary.line())
                .isEqualTo("50 rows: 48 written, 1 skipped, 1 failed in 2.00 s (24 letters/s)");
    }

    @Test
    void oneRowIsSingular() {
        assertThat(new BatchSummary(Shard.ALL, 1, 1, 0, 0, 0, 0.5).line())
                .startsWith("1 row: 1 written");
    }

    @Test
    void rowsNotReachedAndShardAreNamed() {
        BatchSummary summary = new BatchSummary(Shard.parse("2/3"), 10, 3, 0, 1, 6, 1.0);

        assertThat(summary.line())
                .startsWith("shard 2/3: 10 rows: 3 written, 0 skipped, 1 failed, 6 not reached in");
    }
}
