package org.advocate.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.advocate.OutputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The send log: what a resumed run reads back, and what a second run is refused. */
class SendLogTest {
    @TempDir Path dir;

    @Test
    void aResumedLogKeepsItsRunIdAndEachRowsLastEvent() {
        String run;
        try (SendLog log = SendLog.open(dir, false)) {
            run = log.runId();
            log.started(1, "a@example.org", "advocate." + run + ".1@example.org", "aa");
            log.accepted(1, "a@example.org", "advocate." + run + ".1@example.org", "aa", "250 ok");
            log.started(2, "b@example.org", "advocate." + run + ".2@example.org", "bb");
            log.failed(
                    2, "b@example.org", "advocate." + run + ".2@example.org", "bb", "451\tlater");
            log.started(3, "c@example.org", "advocate." + run + ".3@example.org", "cc");
        }
        try (SendLog log = SendLog.open(dir, true)) {
            assertThat(log.runId()).isEqualTo(run);
            assertThat(log.entry(1).state()).isEqualTo(SendLog.State.ACCEPTED);
            assertThat(log.entry(2).state()).isEqualTo(SendLog.State.FAILED);
            assertThat(log.entry(2).detail()).isEqualTo("451 later");
            assertThat(log.entry(3).state()).isEqualTo(SendLog.State.STARTED);
            assertThat(log.entry(4)).isNull();
        }
    }

    @Test
    void aLineCutShortByACrashIsIgnored() throws Exception {
        try (SendLog log = SendLog.open(dir, false)) {
            log.started(1, "a@example.org", "id1", "aa");
        }
        Files.writeString(
                dir.resolve(SendLog.NAME), "accepted\t1\ta@exa", StandardOpenOption.APPEND);
        try (SendLog log = SendLog.open(dir, true)) {
            assertThat(log.entry(1).state()).isEqualTo(SendLog.State.STARTED);
        }
    }

    @Test
    void aSecondRunIntoTheSameFolderIsRefusedWithoutResume() {
        try (SendLog log = SendLog.open(dir, false)) {
            log.started(1, "a@example.org", "id1", "aa");
        }
        assertThatThrownBy(() -> SendLog.open(dir, false))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("--resume finishes that run");
    }
}
