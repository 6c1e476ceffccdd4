package vn.egov.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An enterprise's tax code (mã số thuế, also its enterprise code): ten digits whose last is a check digit, or
 * thirteen for a dependent unit ({@code 0100109106-001}). Circular 105/2020/TT-BTC.
 */
public record TaxCode(String value) {

    private static final Pattern FORM = Pattern.compile("(\\d{10})(?:-?(\\d{3}))?");
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    public TaxCode {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("validation.taxCode.required");
        }
        Matcher matcher = FORM.matcher(value.strip().replace(" ", ""));
        if (!matcher.matches()) {
            throw new RuleViolation("validation.taxCode.format");
        }
        String main = matcher.group(1);
        if (checkDigit(main) != main.charAt(9) - '0') {
            throw new RuleViolation("validation.taxCode.checkDigit");
        }
        value = matcher.group(2) == null ? main : main + "-" + matcher.group(2);
    }

    public static boolean looksLikeOne(String text) {
        return text != null && FORM.matcher(text.strip()).matches();
    }

    /** N10 = 10 − (Σ weightᵢ·Nᵢ mod 11); a result of 10 is never issued, so no digit can match it. */
    static int checkDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (tenDigits.charAt(i) - '0');
        }
        return 10 - sum % 11;
    }

    @Override
    public String toString() {
        return value;
    }
}
