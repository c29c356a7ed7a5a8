package org.advocate.deliver;

/**
 * Halts the process at a set point of a message's sending, as {@code kill -9} would, when the
 * system property {@value #PROPERTY} names it ({@code before:3}, {@code during:3}, {@code after:3}:
 * before, during or after the SMTP transaction of row 3). The tests of the send log use it in a
 * child JVM; without the property it does nothing.
 */
final class TestHalts {
    /** The system property naming the point. */
    static final String PROPERTY = "advocate.test.haltAt";

    private TestHalts() {}

    static void at(String point, int row) {
        String wanted = System.getProperty(PROPERTY);
        if (wanted != null && wanted.equals(point + ":" + row)) {
            Runtime.getRuntime().halt(137);
        }
    }
}
