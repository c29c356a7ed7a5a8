package org.advocate.load.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RowFormatTest {
    @ParameterizedTest
    @CsvSource({
        "rows.csv, CSV",
        "ROWS.CSV, CSV",
        "dir/rows.yaml, YAML",
        "rows.YML, YAML",
        "rows.json, JSON",
        "a.b.Json, JSON"
    })
    void theExtensionChoosesTheFormatWhateverItsCase(String name, RowFormat expected) {
        assertThat(RowFormat.fromFileName(Path.of(name))).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rows.txt", "rows.tsv", "csv", "rows.csv.bak", "rows.jsonl", "rows"})
    void otherNamesChooseNothing(String name) {
        assertThat(RowFormat.fromFileName(Path.of(name))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aPathWithoutAFileNameChoosesNothing() {
        assertThat(RowFormat.fromFileName(Path.of("/"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "csv, CSV",
        "CSV, CSV",
        "yaml, YAML",
        "yml, YAML",
        "YML, YAML",
        "json, JSON",
        "Json, JSON"
    })
    void aNameGivenOnTheCommandLineIgnoresCase(String name, RowFormat expected) {
        assertThat(RowFormat.byName(name)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tsv", ".csv", "jsonl", "xml", "yam"})
    void otherNamesAreUnknown(String name) {
        assertThat(RowFormat.byName(name)).isEmpty();
    }
}
