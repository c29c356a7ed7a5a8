package freemarker.core;

import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * FreeMarker's default (BigDecimal) arithmetic, with numbers of at most {@link
 * ResourceBounds#MAX_NUMBER_DIGITS} digits. Without that, {@code "1e999999999"?number + 1} makes a
 * number of a billion digits, and {@code x = x * x} doubles the digits each time.
 */
public final class BoundedArithmeticEngine extends ArithmeticEngine {
    private final BigDecimalEngine engine = new BigDecimalEngine();

    @Override
    public int compareNumbers(Number first, Number second) {
        return engine.compareNumbers(first, second);
    }

    @Override
    public Number add(Number first, Number second) throws TemplateException {
        check("+", sumDigits(first, second));
        return engine.add(first, second);
    }

    @Override
    public Number subtract(Number first, Number second) throws TemplateException {
        check("-", sumDigits(first, second));
        return engine.subtract(first, second);
    }

    @Override
    public Number multiply(Number first, Number second) throws TemplateException {
        check("*", digits(first) + digits(second));
        return engine.multiply(first, second);
    }

    @Override
    public Number divide(Number first, Number second) throws TemplateException {
        check("/", digits(first) + digits(second) + minScale);
        return engine.divide(first, second);
    }

    @Override
    public Number modulus(Number first, Number second) {
        return engine.modulus(first, second);
    }

    @Override
    public Number toNumber(String s) {
        long digits = digits(s);
        if (digits > ResourceBounds.MAX_NUMBER_DIGITS) {
            throw new NumberFormatException(tooLong("the number " + s, digits));
        }
        return engine.toNumber(s);
    }

    @Override
    public void setMinScale(int minScale) {
        super.setMinScale(minScale);
        engine.setMinScale(minScale);
    }

    @Override
    public void setMaxScale(int maxScale) {
        super.setMaxScale(maxScale);
        engine.setMaxScale(maxScale);
    }

    @Override
    public void setRoundingPolicy(int roundingPolicy) {
        super.setRoundingPolicy(roundingPolicy);
        engine.setRoundingPolicy(roundingPolicy);
    }

    /** Adding aligns the decimal points: the longest whole part plus the longest fraction. */
    private static long sumDigits(Number first, Number second) {
        return Math.max(whole(first), whole(second))
                + 1
                + Math.max(fraction(first), fraction(second));
    }

    private static void check(String operation, long digits) throws TemplateException {
        if (digits > ResourceBounds.MAX_NUMBER_DIGITS) {
            throw ResourceBounds.failure(null, null, tooLong(operation, digits));
        }
    }

    /** Fails if a number made by {@code operation} has too many digits. */
    static void check(BuiltIn bi, Environment env, String operation, Number n)
            throws TemplateModelException {
        checkDigits(bi, env, operation, digits(n));
    }

    static void checkDigits(BuiltIn bi, Environment env, String operation, long digits)
            throws TemplateModelException {
        if (digits > ResourceBounds.MAX_NUMBER_DIGITS) {
            throw ResourceBounds.failure(bi, env, tooLong(operation, digits));
        }
    }

    private static String tooLong(String operation, long digits) {
        return operation
                + " would make a number of "
                + digits
                + " digits, over the limit of "
                + ResourceBounds.MAX_NUMBER_DIGITS;
    }

    /** The digits of a number written out in full, without exponent. */
    static long digits(Number n) {
        return whole(n) + fraction(n);
    }

    private static long whole(Number n) {
        BigDecimal d = decimal(n);
        return d == null ? 20 : Math.max(1L, (long) d.precision() - d.scale());
    }

    private static long fraction(Number n) {
        BigDecimal d = decimal(n);
        return d == null ? 0 : Math.max(0, d.scale());
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
        }
        return null; // int, long and their kind: at most 20 digits
    }

    /** The digits of a number written as text ("1e5" has six), as far as they can be told. */
    static long digits(String s) {
        String t = s.trim();
        int e = Math.max(t.indexOf('e'), t.indexOf('E'));
        long digits = 0;
        for (int i = 0; i < (e < 0 ? t.length() : e); i++) {
            if (Character.isDigit(t.charAt(i))) {
                digits++;
            }
        }
        if (e >= 0) {
            long exponent = 0;
            for (int i = e + 1; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c >= '0' && c <= '9') {
                    exponent = Math.min(exponent * 10 + (c - '0'), Integer.MAX_VALUE);
                }
            }
            digits += exponent;
        }
        return digits;
    }
}
