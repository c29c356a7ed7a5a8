package org.advocate.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.advocate.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictYamlTest {

    private static YamlNode.Mapping parse(String yaml) {
        return (YamlNode.Mapping) StrictYaml.parse("f.yaml", yaml, 1);
    }

    private static List<String> problems(String yaml) {
        return catchThrowableOfType(InputException.class, () -> StrictYaml.parse("f.yaml", yaml, 1))
                .lines();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "zip: 02139|02139",
                "country: NO|NO",
                "version: 1.10|1.10",
                "flag: yes|yes",
                "empty: ~|~",
                "octal: 0o17|0o17",
                "date: 2015-08-20|2015-08-20",
                "big: 1e3|1e3",
                "quoted: '007'|007"
            })
    void everyScalarStaysTheTextAsWritten(String yaml, String expected) {
        YamlNode.Entry entry = parse(yaml).entries().get(0);
        assertThat(entry.value())
                .isInstanceOfSatisfying(
                        YamlNode.Text.class, t -> assertThat(t.value()).isEqualTo(expected));
    }

    @Test
    void anEmptyValueIsMarkedEmpty() {
        YamlNode value = parse("name:\n").get("name");
        assertThat(value)
                .isInstanceOfSatisfying(YamlNode.Text.class, t -> assertThat(t.empty()).isTrue());
    }

    @Test
    void recordsLineAndColumnOfKeysAndValues() {
        YamlNode.Mapping root = parse("a: 1\nrecipient:\n  name: Salil\n");
        YamlNode.Mapping recipient = (YamlNode.Mapping) root.get("recipient");
        assertThat(recipient.entry("name").keyOrigin().toString()).isEqualTo("f.yaml:3:3");
        assertThat(recipient.get("name").origin().toString()).isEqualTo("f.yaml:3:9");
    }

    @Test
    void linesAreOffsetForEmbeddedYaml() {
        YamlNode root = StrictYaml.parse("arg.md", "id: x\ntitle: y\n", 2);
        assertThat(((YamlNode.Mapping) root).get("title").origin().line()).isEqualTo(3);
    }

    @Test
    void refusesAnchorsAndAliases() {
        assertThat(problems("a: &x 1\nb: *x\n"))
                .singleElement()
                .asString()
                .startsWith("f.yaml:1:4:")
                .contains("anchor");
    }

    @Test
    void refusesAliasesEvenWithoutAnAnchorFirst() {
        assertThat(problems("b: *x\n")).singleElement().asString().startsWith("f.yaml:1:");
    }

    @Test
    void refusesTags() {
        assertThat(problems("a: !!int 12\n")).singleElement().asString().contains("tag");
        assertThat(problems("a: !custom x\n")).singleElement().asString().contains("tag");
    }

    @Test
    void refusesDuplicateKeysNamingBothLines() {
        assertThat(problems("name: a\nother: b\nname: c\n"))
                .singleElement()
                .asString()
                .startsWith("f.yaml:3:1:")
                .contains("name")
                .contains("line 1");
    }

    @Test
    void refusesSeveralDocuments() {
        assertThat(problems("a: 1\n---\nb: 2\n")).singleElement().asString().contains("document");
    }

    @Test
    void refusesNonTextKeys() {
        assertThat(problems("? [a, b]\n: 1\n")).isNotEmpty();
    }

    @Test
    void limitsNesting() {
        String deep = "[".repeat(StrictYaml.MAX_DEPTH + 1) + "]".repeat(StrictYaml.MAX_DEPTH + 1);
        assertThat(problems("a: " + deep)).singleElement().asString().contains("deep");
    }

    @Test
    void reportsMalformedYamlWithItsPosition() {
        assertThat(problems("a: [1, 2\nb: 3\n"))
                .singleElement()
                .asString()
                .startsWith("f.yaml:")
                .contains("malformed YAML");
    }

    @Test
    void anEmptyDocumentIsAnEmptyMapping() {
        assertThat(parse("# only a comment\n").entries()).isEmpty();
    }
}
