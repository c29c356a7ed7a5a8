package freemarker.core;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.Configuration;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The bounded copies of FreeMarker's {@code AddConcatExpression}, {@code Range} and {@code
 * StringLiteral} are the classes loaded, and they were copied from the FreeMarker release in use.
 * After a FreeMarker upgrade this test fails: copy the three sources of the new release again, and
 * carry over the changes marked "advocate:".
 */
class ShadowedClassesTest {
    /** FreeMarker 2.3.35's own class files that the copies replace, by SHA-256. */
    private static final Map<String, String> ORIGINALS =
            Map.of(
                    "AddConcatExpression.class",
                    "f2601d23b14519d535579005902cda9c10312644774dba9a00b5985b72b31b17",
                    "AddConcatExpression$ConcatenatedHash.class",
                    "6ce2fe669b28060c35c4888eeed18b4cfb2ac1aeb07a1f8c8d5de4df372943f5",
                    "AddConcatExpression$ConcatenatedHashEx.class",
                    "f8c2eeea69a915d77d3a8e640d30fcc87df59a26e04adb23f8cb01b7d14f8efb",
                    "AddConcatExpression$ConcatenatedSequence.class",
                    "e69d83c57f994f4d6b19f96fcc2b0f62d8f5d225fbd1e0bbaff9913a077e36a4",
                    "AddConcatExpression$ConcatenatedSequenceIterator.class",
                    "9763a04a419fbea8d55d03c4ccb656d5320e35bbea695639a7a430494841c530",
                    "Range.class",
                    "c1a6fff8b381b835cc2bb022bcd1203c0ed2dee039121efe58ca657cb0454994",
                    "StringLiteral.class",
                    "563cb0ed9c8c9fa6c075400051fc370efba5feb0e50118ba37cf20267c2a96b6");

    @Test
    void theCopiesAreTheClassesLoaded() {
        ResourceBounds.install();
        URL ours = ResourceBounds.class.getProtectionDomain().getCodeSource().getLocation();
        for (Class<?> copy :
                new Class<?>[] {AddConcatExpression.class, Range.class, StringLiteral.class}) {
            assertThat(copy.getProtectionDomain().getCodeSource().getLocation())
                    .as(copy.getName())
                    .isEqualTo(ours);
        }
    }

    @Test
    void theCopiesComeFromTheFreeMarkerReleaseInUse() throws Exception {
        assertThat(Configuration.getVersion().toString()).isEqualTo("2.3.35");
        URL jar = Configuration.class.getProtectionDomain().getCodeSource().getLocation();
        Map<String, String> found = new TreeMap<>();
        try (JarFile file = new JarFile(jar.getPath())) {
            for (String name : ORIGINALS.keySet()) {
                try (InputStream in =
                        file.getInputStream(file.getEntry("freemarker/core/" + name))) {
                    found.put(name, sha256(in));
                }
            }
        }
        assertThat(found).isEqualTo(new TreeMap<>(ORIGINALS));
    }

    private static String sha256(InputStream in) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    }
}
