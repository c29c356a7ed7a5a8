package org.advocate.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.advocate.InputException;
import org.advocate.model.Letter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterLoaderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 8);

    private static final Catalog CATALOG =
            new Catalog() {
                @Override
                public Set<String> argumentIds() {
                    return Set.of("buyers", "third-parties", "criminalization-stigma");
                }

                @Override
                public Set<String> templateNames() {
                    return Set.of("support");
                }
            };

    private static final String ORG =
            """
            name: Sex Workers Project
            shortName: SWP
            founded: 2001
            address: [123 Example Street, New York, NY 10001]
            signatory: {name: Jane Doe, title: Director}
            closing: In Solidarity
            """;

    private static final String LETTER =
            """
            template: support
            organization: organization.yaml
            date: 2015-08-20
            locale: en-US
            recipient:
              name: Salil Shetty
              honorific: Mr.
              organization: Amnesty International
              address: [1 Easton Street, London WC1X 0DW]
            subject: Support
            arguments: [buyers, third-parties]
            """;

    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Letter load(String letter, LetterLoader.Options options) throws IOException {
        write("organization.yaml", ORG);
        return new LetterLoader(CATALOG).load(write("letter.yaml", letter), options, TODAY);
    }

    private List<String> problems(String letter, LetterLoader.Options options) {
        return catchThrowableOfType(InputException.class, () -> load(letter, options)).lines();
    }

    /** Problems of a letter, with whatever organization file the test wrote. */
    private List<String> problemsWithOrganizationAsWritten(String letter) {
        return catchThrowableOfType(
                        InputException.class,
                        () ->
                                new LetterLoader(CATALOG)
                                        .load(
                                                write("letter.yaml", letter),
                                                LetterLoader.Options.none(),
                                                TODAY))
                .lines();
    }

    private org.assertj.core.api.AbstractStringAssert<?> theProblem(String letter) {
        return assertThat(problems(letter, LetterLoader.Options.none())).singleElement().asString();
    }

    private static LetterLoader.Options sets(String... sets) {
        return new LetterLoader.Options(null, null, List.of(), new Overrides(List.of(sets)));
    }

    @Test
    void loadsALetterWithItsOrganizationFile() throws IOException {
        Letter letter = load(LETTER, LetterLoader.Options.none());
        assertThat(letter.template()).isEqualTo("support");
        assertThat(letter.date()).isEqualTo(LocalDate.of(2015, 8, 20));
        assertThat(letter.locale().toLanguageTag()).isEqualTo("en-US");
        assertThat(letter.organization().name()).isEqualTo("Sex Workers Project");
        assertThat(letter.organization().address())
                .containsExactly("123 Example Street", "New York", "NY 10001");
        assertThat(letter.recipient().address())
                .containsExactly("1 Easton Street", "London WC1X 0DW");
        assertThat(letter.arguments()).containsExactly("buyers", "third-parties");
        assertThat(letter.baseDir()).isEqualTo(dir.toAbsolutePath());
    }

    @Test
    void readsTheRecipientsAddressAndTheDeliverySettings() throws IOException {
        Letter letter =
                load(
                        LETTER.replace(
                                        "  honorific: Mr.\n",
                                        "  honorific: Mr.\n  email: s.shetty@example.org\n")
                                + "delivery:\n  cc: [board@example.org]\n  host:"
                                + " smtp.example.org\n  port: 2525\n  user: me\n  security:"
                                + " SMTPS\n",
                        LetterLoader.Options.none());
        assertThat(letter.recipient().email()).isEqualTo("s.shetty@example.org");
        assertThat(letter.delivery())
                .isEqualTo(
                        new org.advocate.model.Delivery(
                                List.of("board@example.org"),
                                "smtp.example.org",
                                2525,
                                "me",
                                "smtps"));
        assertThat(load(LETTER, LetterLoader.Options.none()).delivery())
                .isSameAs(org.advocate.model.Delivery.NONE);
    }

    @Test
    void aLetterFileNeverHoldsAPassword() {
        assertThat(
                        problems(
                                LETTER + "delivery:\n  password: hunter2\n  security: tls\n",
                                LetterLoader.Options.none()))
                .anyMatch(p -> p.contains("delivery.security: expected starttls or smtps"))
                .anyMatch(
                        p ->
                                p.contains("delivery.password: is never read from a letter file")
                                        && !p.contains("hunter2"));
    }

    @Test
    void derivesExperienceFromFoundedAndTheLetterDate() throws IOException {
        Letter letter = load(LETTER, LetterLoader.Options.none());
        assertThat(letter.organization().experienceYearsOn(letter.date())).hasValue(14);
    }

    @Test
    void aGivenExperienceWins() throws IOException {
        write("organization.yaml", ORG.replace("founded: 2001", "experienceYears: 20"));
        Letter letter =
                new LetterLoader(CATALOG)
                        .load(write("letter.yaml", LETTER), LetterLoader.Options.none(), TODAY);
        assertThat(letter.organization().experienceYearsOn(letter.date())).hasValue(20);
    }

    @Test
    void foundedAndExperienceTogetherAreAProblem() {
        assertThat(problems(LETTER, sets("org.experienceYears=20")))
                .containsExactly(
                        "--set org.experienceYears: experienceYears: give either founded or"
                                + " experienceYears, not both");
    }

    @Test
    void readsTheArticlesNamesTakeInRunningText() throws IOException {
        write("organization.yaml", "article: the\n" + ORG);
        Letter letter =
                new LetterLoader(CATALOG)
                        .load(
                                write(
                                        "letter.yaml",
                                        LETTER.replace(
                                                "  organization: Amnesty International\n",
                                                "  organization: House of Commons\n"
                                                        + "  organizationArticle: the\n")),
                                LetterLoader.Options.none(),
                                TODAY);
        assertThat(letter.organization().nameInText()).isEqualTo("the Sex Workers Project");
        assertThat(letter.recipient().organizationInText()).isEqualTo("the House of Commons");
        assertThat(load(LETTER, LetterLoader.Options.none()).organization().nameInText())
                .isEqualTo("Sex Workers Project");
    }

    @Test
    void anArticleIsOneLowerCaseWord() throws IOException {
        write("organization.yaml", "article: The Big\n" + ORG);
        assertThat(problemsWithOrganizationAsWritten(LETTER))
                .singleElement()
                .asString()
                .endsWith(
                        "organization.yaml:1:10: article: must be one lower-case word, such as"
                                + " 'the'");
    }

    @Test
    void derivesTheSalutationFromHonorificAndLastName() throws IOException {
        assertThat(load(LETTER, LetterLoader.Options.none()).recipient().salutation())
                .isEqualTo("Dear Mr. Shetty,");
        assertThat(
                        load(LETTER.replace("  honorific: Mr.\n", ""), LetterLoader.Options.none())
                                .recipient()
                                .salutation())
                .isEqualTo("Dear Salil Shetty,");
        assertThat(
                        load(LETTER, sets("recipient.salutation=Dear friends,"))
                                .recipient()
                                .salutation())
                .isEqualTo("Dear friends,");
    }

    @Test
    void splitsTheRecipientsName() throws IOException {
        Letter letter = load(LETTER, LetterLoader.Options.none());
        assertThat(letter.recipient().firstName()).isEqualTo("Salil");
        assertThat(letter.recipient().lastName()).isEqualTo("Shetty");
    }

    @Test
    void withoutADateTheDefaultDateIsUsed() throws IOException {
        assertThat(
                        load(LETTER.replace("date: 2015-08-20\n", ""), LetterLoader.Options.none())
                                .date())
                .isEqualTo(TODAY);
    }

    @Test
    void acceptsAnInlineOrganization() throws IOException {
        String inline =
                LETTER.replace(
                        "organization: organization.yaml\n",
                        "organization:\n  name: Inline Org\n  founded: 2010\n"
                                + "  signatory: {name: A B, title: Chair}\n");
        Letter letter = load(inline, LetterLoader.Options.none());
        assertThat(letter.organization().name()).isEqualTo("Inline Org");
        assertThat(letter.organization().experienceYearsOn(letter.date())).hasValue(5);
    }

    @Test
    void reportsEveryProblemAtOnceWithPositionAndField() {
        String bad =
                LETTER.replace("date: 2015-08-20", "date: 2015-02-30")
                        .replace("honorific: Mr.", "honorfic: Mr.")
                        .replace("[buyers, third-parties]", "[buyers, third-partys]")
                        .replace("template: support", "template: suport");
        assertThat(problems(bad, LetterLoader.Options.none()))
                .containsExactlyInAnyOrder(
                        dir.resolve("letter.yaml")
                                + ":1:11: template: unknown template 'suport' (did you mean"
                                + " 'support'?); known: support",
                        dir.resolve("letter.yaml") + ":3:7: date: " + dateProblem(bad),
                        dir.resolve("letter.yaml")
                                + ":7:3: recipient.honorfic: unknown field (did you mean"
                                + " 'honorific'?)",
                        dir.resolve("letter.yaml")
                                + ":11:21: arguments: unknown argument 'third-partys' (did you"
                                + " mean 'third-parties'?)");
    }

    private String dateProblem(String bad) {
        // The wording of the date problem is asserted in its own test; here only its place.
        return problems(bad, LetterLoader.Options.none()).stream()
                .filter(line -> line.contains(": date: "))
                .findFirst()
                .orElseThrow()
                .replaceFirst("^.*?: date: ", "");
    }

    @Test
    void anImpossibleDateIsNamed() {
        theProblem(LETTER.replace("2015-08-20", "2015-02-30"))
                .endsWith(":3:7: date: expected a date as YYYY-MM-DD, found '2015-02-30'");
    }

    @Test
    void reportsProblemsInTheOrganizationFileWithItsName() throws IOException {
        write("organization.yaml", ORG.replace("founded: 2001", "founded: two thousand"));
        assertThat(problemsWithOrganizationAsWritten(LETTER))
                .singleElement()
                .asString()
                .startsWith(dir.resolve("organization.yaml") + ":3:10: founded: ");
    }

    @Test
    void setOverridesFieldsAndIsValidatedLikeAField() throws IOException {
        assertThat(load(LETTER, sets("recipient.name=Jane Roe")).recipient().lastName())
                .isEqualTo("Roe");
        assertThat(load(LETTER, sets("org.name=Other Org")).organization().name())
                .isEqualTo("Other Org");
        assertThat(problems(LETTER, sets("recipient.nmae=Jane Roe")))
                .containsExactly(
                        "--set recipient.nmae: recipient.nmae: unknown field (did you mean"
                                + " 'name'?)");
        assertThat(problems(LETTER, sets("no-equals-sign")))
                .singleElement()
                .asString()
                .contains("expected path=value");
        assertThat(problems(LETTER, sets("recipient.address[1]=X")))
                .singleElement()
                .asString()
                .contains("a list item cannot be set on the command line");
    }

    @Test
    void setKeepsValuesAsText() throws IOException {
        assertThat(load(LETTER, sets("subject=02139")).subject()).isEqualTo("02139");
        assertThat(problems(LETTER, sets("recipient.address=02139")))
                .singleElement()
                .asString()
                .contains("is a list")
                .contains("cannot be set to text");
    }

    @Test
    void commandLineArgumentsReplaceTheLettersAndAreChecked() throws IOException {
        var options =
                new LetterLoader.Options(
                        null, null, List.of("criminalization-stigma"), Overrides.none());
        assertThat(load(LETTER, options).arguments()).containsExactly("criminalization-stigma");
        var unknown = new LetterLoader.Options(null, null, List.of("buyer"), Overrides.none());
        assertThat(problems(LETTER, unknown))
                .containsExactly(
                        "--argument buyer: arguments: unknown argument 'buyer' (did you mean"
                                + " 'buyers'?)");
    }

    @Test
    void anArgumentListedTwiceIsAProblem() {
        theProblem(LETTER.replace("[buyers, third-parties]", "[buyers, buyers]"))
                .endsWith("arguments: argument 'buyers' is listed twice");
    }

    @Test
    void refusesBidiOverridesAndControlCharactersInValues() {
        theProblem(LETTER.replace("Salil Shetty", "Salil \u202eShetty"))
                .contains("recipient.name")
                .contains("U+202E");
    }

    @Test
    void refusesLineBreaksInOneLineFieldsOneProblemEach() throws IOException {
        // YAML escapes: line feed, return, next line, line separator, paragraph separator, tab
        // (allowed), vertical tab and form feed.
        String letter =
                LETTER.replace("name: Salil Shetty", "name: \"Salil\\nShetty\"")
                        .replace("[1 Easton Street, London WC1X 0DW]", "[\"1 Easton\\rStreet\"]")
                        .replace("subject: Support", "subject: \"Support\\u2028\"")
                        .concat("occasion: \"the\\x85decision\"\n");
        write("organization.yaml", ORG.replace("shortName: SWP", "shortName: \"S\\u2029WP\""));
        assertThat(problemsWithOrganizationAsWritten(letter))
                .containsExactlyInAnyOrder(
                        dir.resolve("letter.yaml")
                                + ":6:9: recipient.name: contains a line break, U+000A (LINE FEED"
                                + " (LF)), at character 6; this field is one line",
                        dir.resolve("letter.yaml")
                                + ":9:13: recipient.address[1]: contains a line break, U+000D"
                                + " (CARRIAGE RETURN (CR)), at character 9; this field is one"
                                + " line",
                        dir.resolve("letter.yaml")
                                + ":10:10: subject: contains a line break, U+2028 (LINE"
                                + " SEPARATOR), at character 8; this field is one line",
                        dir.resolve("letter.yaml")
                                + ":12:11: occasion: contains a line break, U+0085 (NEXT LINE"
                                + " (NEL)), at character 4; this field is one line",
                        dir.resolve("organization.yaml")
                                + ":2:12: shortName: contains a line break, U+2029 (PARAGRAPH"
                                + " SEPARATOR), at character 2; this field is one line");
        for (String escape : List.of("\\v", "\\f")) {
            write(
                    "organization.yaml",
                    ORG.replace("title: Director", "title: \"A" + escape + "B\""));
            assertThat(problemsWithOrganizationAsWritten(LETTER))
                    .singleElement()
                    .asString()
                    .contains("organization.yaml:5:")
                    .contains("signatory.title: contains a line break, U+000");
        }
    }

    @Test
    void aBlockScalarsFinalLineBreakIsALineBreak() throws IOException {
        theProblem(LETTER.replace("subject: Support", "subject: >\n  Support for\n  the policy"))
                .contains("subject: contains a line break, U+000A")
                .contains("at character 23");
        assertThat(
                        load(
                                        LETTER.replace(
                                                "subject: Support",
                                                "subject: >-\n  Support for\n  the policy"),
                                        LetterLoader.Options.none())
                                .subject())
                .isEqualTo("Support for the policy");
    }

    @Test
    void paragraphsAreMarkdownAndMaySpanLines() throws IOException {
        Letter letter =
                load(
                        LETTER + "paragraphs:\n  opening: |\n    First line,\n    second.\n",
                        sets("paragraphs.postscript=P.S.\nTwo lines."));
        assertThat(letter.paragraphs())
                .containsEntry("opening", "First line,\nsecond.\n")
                .containsEntry("postscript", "P.S.\nTwo lines.");
    }

    @Test
    void setRefusesLineBreaksInOneLineFields() {
        assertThat(problems(LETTER, sets("recipient.title=Minister\nof Justice")))
                .containsExactly(
                        "--set recipient.title: recipient.title: contains a line break, U+000A"
                                + " (LINE FEED (LF)), at character 9; this field is one line");
    }

    @Test
    void aRowsLineBreakIsRefusedAtItsCellUnlessItFillsAParagraph() throws IOException {
        PreparedLetter prepared = prepare(LETTER, ORG);
        assertThat(
                        catchThrowableOfType(
                                        InputException.class,
                                        () ->
                                                prepared.bind(
                                                        row(
                                                                3,
                                                                "recipient.name",
                                                                "Ana\nRuiz",
                                                                "Committee",
                                                                "Health\u2028Care"),
                                                        TODAY))
                                .lines())
                .containsExactlyInAnyOrder(
                        "rows.csv:row 3, column \"recipient.name\": recipient.name: contains a"
                                + " line break, U+000A (LINE FEED (LF)), at character 4; this"
                                + " field is one line",
                        "rows.csv:row 3, column \"Committee\": row.Committee: contains a line"
                                + " break, U+2028 (LINE SEPARATOR), at character 7; this field is"
                                + " one line");
        Letter letter = prepared.bind(row(4, "paragraphs.opening", "One,\n\nand two."), TODAY);
        assertThat(letter.paragraphs()).containsEntry("opening", "One,\n\nand two.");
    }

    @Test
    void refusesLineBreaksInASignatoriesFilesFields() throws IOException {
        write(
                "signers.csv",
                "Organization,Name,Country,Comments\n"
                        + "\"Good Org\",Ann,Peru,\"Long\nanswer\"\n"
                        + "\"Bad\nOrg\",Bo,Chile,\n"
                        + "\"Trailing Org\n\",Cy,\"Bra\rzil\",\n");
        assertThat(
                        problems(LETTER + "signatories: signers.csv\n", LetterLoader.Options.none())
                                .stream()
                                .map(line -> line.substring(line.indexOf("signers.csv"))))
                .containsExactlyInAnyOrder(
                        "signers.csv:4 (row 3), column \"Organization\": organization: contains a"
                                + " line break, U+000A (LINE FEED (LF)), at character 4; this"
                                + " field is one line",
                        "signers.csv:6 (row 4), column \"Country\": country: contains a line break,"
                                + " U+000D (CARRIAGE RETURN (CR)), at character 4; this field is"
                                + " one line");
    }

    /** "José Renée" with each é written as "e" and a combining acute accent (NFD). */
    private static final String DECOMPOSED = "Jose\u0301 Rene\u0301e";

    /** The same name with the precomposed letter U+00E9 (NFC). */
    private static final String COMPOSED = "Jos\u00e9 Ren\u00e9e";

    @Test
    void aNameTypedWithCombiningAccentsIsReadInItsComposedForm() throws IOException {
        write(
                "signers.csv",
                "Organization,Name\n\"Colectivo " + DECOMPOSED + "\"," + DECOMPOSED + "\n");
        Letter letter =
                load(
                        LETTER.replace("Salil Shetty", DECOMPOSED) + "signatories: signers.csv\n",
                        sets("subject=Para " + DECOMPOSED));
        assertThat(letter.recipient().name()).isEqualTo(COMPOSED);
        assertThat(letter.recipient().lastName()).isEqualTo("Ren\u00e9e");
        assertThat(letter.subject()).isEqualTo("Para " + COMPOSED);
        assertThat(letter.signatories())
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.organization()).isEqualTo("Colectivo " + COMPOSED);
                            assertThat(s.name()).isEqualTo(COMPOSED);
                        });
    }

    @Test
    void aRowsNameTypedWithCombiningAccentsIsBoundInItsComposedForm() throws IOException {
        PreparedLetter prepared = prepare(LETTER, ORG);
        write("rows.csv", "recipient.name\n" + DECOMPOSED + "\n");
        org.advocate.load.rows.Row row;
        try (org.advocate.load.rows.RowReader rows =
                org.advocate.load.rows.RowReader.open(
                        dir.resolve("rows.csv"), org.advocate.load.rows.RowFormat.CSV)) {
            row = rows.next();
        }
        Letter letter = prepared.bind(row, TODAY);
        assertThat(letter.recipient().name()).isEqualTo(COMPOSED);
    }

    @Test
    void aFirstRowsRefusedCellIsOneProblemAndItsColumnStillCounts() throws IOException {
        write(
                "signers.csv",
                "Organization,Name\n" + "\"Bad\u000bOrg\",Ann\n" + "\"Good Org\",Bo\n");
        assertThat(
                        problems(LETTER + "signatories: signers.csv\n", LetterLoader.Options.none())
                                .stream()
                                .map(line -> line.substring(line.indexOf("signers.csv"))))
                .containsExactly(
                        "signers.csv:2 (row 2), column \"Organization\": contains U+000B (LINE"
                                + " TABULATION) at character 4, which is not allowed in letter"
                                + " data");
    }

    @Test
    void refusesAParagraphAtAnUnknownPosition() {
        theProblem(LETTER + "paragraphs:\n  afterarguments: Hello\n")
                .contains("paragraphs.afterarguments")
                .contains("after-arguments");
    }

    @Test
    void aDateOutsideThisAndTheLastCenturyIsATypo() {
        assertThat(
                        problems(
                                LETTER.replace("date: 2015-08-20", "date: 0001-01-01"),
                                LetterLoader.Options.none()))
                .singleElement()
                .asString()
                .contains("date: expected a year from 1900 to 2999, found '0001-01-01'");
    }

    @Test
    void aBlankNameIsNoName() throws IOException {
        for (String blank : List.of("\"\"", "\"   \"")) {
            Letter letter =
                    load(
                            LETTER.replace("name: Salil Shetty", "name: " + blank),
                            LetterLoader.Options.none());
            assertThat(letter.recipient().name()).isNull();
            assertThat(letter.recipient().salutation()).isEqualTo("Dear colleagues,");
            assertThat(
                            problems(
                                    LETTER.replace("name: Salil Shetty", "name: " + blank)
                                            .replace("  organization: Amnesty International\n", ""),
                                    LetterLoader.Options.none()))
                    .singleElement()
                    .asString()
                    .contains("recipient: needs a name or an organization");
        }
    }

    @Test
    void aMissingOrganizationFileIsNamed() throws IOException {
        assertThat(
                        problemsWithOrganizationAsWritten(
                                LETTER.replace("organization.yaml", "missing.yaml")))
                .singleElement()
                .asString()
                .startsWith(dir.resolve("letter.yaml") + ":2:15: organization: ")
                .endsWith("file not found: " + dir.resolve("missing.yaml"));
    }

    private PreparedLetter prepare(String letter, String org) throws IOException {
        write("organization.yaml", org);
        return new LetterLoader(CATALOG)
                .prepare(write("letter.yaml", letter), LetterLoader.Options.none());
    }

    private static org.advocate.load.rows.Row row(int number, String... cells) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < cells.length; i += 2) {
            map.put(cells[i], cells[i + 1]);
        }
        return new org.advocate.load.rows.Row(
                "rows.csv", number, map, List.of(), java.util.Set.of());
    }

    @Test
    void rowsShareTheUnchangedPartsOfTheLetterAndGetTheirOwnChanges() throws IOException {
        PreparedLetter prepared = prepare(LETTER, ORG);
        Letter first = prepared.bind(row(1, "recipient.name", "Ana Ruiz"), TODAY);
        Letter second =
                prepared.bind(row(2, "recipient.name", "Bo Li", "date", "2020-01-02"), TODAY);
        Letter renamed = prepared.bind(row(3, "org.name", "Other Project"), TODAY);
        Letter third = prepared.bind(row(4, "recipient.name", "Cy Young"), TODAY);

        assertThat(first.recipient().lastName()).isEqualTo("Ruiz");
        assertThat(second.recipient().lastName()).isEqualTo("Li");
        assertThat(third.recipient().lastName()).isEqualTo("Young");
        assertThat(first.date()).isEqualTo(LocalDate.of(2015, 8, 20));
        assertThat(second.date()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(third.date()).isEqualTo(LocalDate.of(2015, 8, 20));
        assertThat(renamed.organization().name()).isEqualTo("Other Project");
        assertThat(third.organization().name()).isEqualTo("Sex Workers Project");
        // The organization is read once while its YAML (and the date) stay the same.
        Letter fourth = prepared.bind(row(5, "recipient.name", "Di Xu"), TODAY);
        assertThat(fourth.organization()).isSameAs(third.organization());
        assertThat(fourth.arguments()).isSameAs(first.arguments());
    }

    @Test
    void aProblemInAnUnchangedPartIsReportedForEveryRow() throws IOException {
        PreparedLetter prepared = prepare(LETTER, ORG.replace("founded: 2001", "founded: 3000"));
        for (int number = 1; number <= 3; number++) {
            org.advocate.load.rows.Row row = row(number, "recipient.name", "Ana Ruiz");
            assertThat(
                            catchThrowableOfType(
                                            InputException.class, () -> prepared.bind(row, TODAY))
                                    .lines())
                    .singleElement()
                    .asString()
                    .contains("organization.yaml:3:")
                    .contains("founded");
        }
    }

    @Test
    void namesAreSplitIntoWordsAtWhiteSpaceLikeTheRegularExpression() {
        java.util.Random random = new java.util.Random(7);
        char[] alphabet = {'a', 'B', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00a0', ','};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                name.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = name.toString();
            assertThat(RecipientNames.words(text))
                    .as("%s", text)
                    .containsExactly(text.trim().split("\\s+"));
        }
    }
}
