package org.advocate.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.advocate.OutputException;
import org.advocate.output.AtomicFiles;

/**
 * The JSON report of a run: the shard, then every row of the shard with its index, output path,
 * SHA-256, status and error, then the totals. Rows are streamed to a temporary file as they finish,
 * so the report costs no memory per row; the finished report is published atomically.
 */
final class BatchReport implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final JsonGenerator json;
    private boolean published;

    BatchReport(Path target, Shard shard) {
        this.target = target.toAbsolutePath();
        try {
            Files.createDirectories(this.target.getParent());
            this.temp =
                    Files.createTempFile(this.target.getParent(), AtomicFiles.TEMP_PREFIX, ".tmp");
            this.json =
                    new JsonFactory()
                            .createGenerator(temp.toFile(), JsonEncoding.UTF8)
                            .useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeObjectFieldStart("shard");
            json.writeNumberField("k", shard.k());
            json.writeNumberField("n", shard.n());
            json.writeStringField("name", shard.toString());
            json.writeEndObject();
            json.writeArrayFieldStart("rows");
        } catch (IOException e) {
            throw new OutputException(target + ": cannot write the report: " + e.getMessage(), e);
        }
    }

    /** Adds one row. */
    void add(int index, String path, Outcome outcome) {
        try {
            json.writeStartObject();
            json.writeNumberField("index", index);
            json.writeNumberField("row", index + 1);
            json.writeStringField("path", path);
            json.writeStringField("sha256", outcome.sha256());
            json.writeStringField("status", outcome.status());
            json.writeStringField("error", outcome.error());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the rows, adds the totals and publishes the report. */
    void finish(BatchSummary summary) {
        try {
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("rows", summary.rows());
            json.writeNumberField("written", summary.written());
            json.writeNumberField("skipped", summary.skipped());
            json.writeNumberField("failed", summary.failed());
            json.writeNumberField("pending", summary.pending());
            json.writeNumberField("seconds", summary.seconds());
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
            json.close();
            AtomicFiles.publish(target, true, out -> Files.copy(temp, out));
            published = true;
        } catch (IOException e) {
            throw new OutputException(target + ": cannot write the report: " + e.getMessage(), e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        try {
            if (!json.isClosed()) {
                json.close();
            }
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            if (published) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
