package org.advocate.deliver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.advocate.load.rows.RowFormat;
import org.advocate.output.OutputOptions;

/**
 * What {@code advocate send} is asked to do.
 *
 * @param rows the rows file, or null to send the one letter
 * @param rowsFormat its format, or null to choose by extension
 * @param outDir the folder of the {@code .eml} drafts, the send log and failed.csv
 * @param send whether to send (else only write each message as {@code .eml})
 * @param to one address every message goes to instead of its recipient, or null
 * @param cc whether the letter's {@code delivery.cc} addresses are copied
 * @param bccSelf whether the organization gets a blind copy of each message
 * @param attach the format of the attached letter ({@code pdf} or {@code md}), or null for none
 * @param perMinute the most messages sent a minute
 * @param resume finish a run: skip what its send log says the server accepted
 * @param resendUncertain send again messages whose transaction started and was not confirmed
 * @param force replace {@code .eml} drafts of an earlier dry run
 * @param retries how many times a temporary (4xx) refusal is retried
 * @param backoff the wait before the first retry; each next one waits twice as long
 * @param allowEmpty accept a rows file without data rows
 * @param output how the attachment is written (paper size)
 * @param env the environment (SMTP settings, password)
 * @param home the user's home folder ({@code ~/.netrc}, {@code ~/.config/advocate})
 */
public record SendOptions(
        Path rows,
        RowFormat rowsFormat,
        Path outDir,
        boolean send,
        String to,
        boolean cc,
        boolean bccSelf,
        String attach,
        double perMinute,
        boolean resume,
        boolean resendUncertain,
        boolean force,
        int retries,
        Duration backoff,
        boolean allowEmpty,
        OutputOptions output,
        Map<String, String> env,
        Path home) {

    public SendOptions {
        env = Map.copyOf(env);
    }
}
