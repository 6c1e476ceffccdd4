package vn.egov.identity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rules a new password must meet (TCVN 11930:2017 and the level 3 checklist: length, character classes, not the
 * account's own name). {@link #problems} names every rule broken, as message keys, so the form can list them all.
 */
public record PasswordPolicy(int minLength, int minClasses) {

    // A few passwords that meet the class rules and still fall to the first guesses of any attacker.
    private static final Set<String> COMMON = Set.of(
            "password1!",
            "password@123",
            "matkhau@123",
            "abc@12345",
            "admin@123",
            "p@ssw0rd123",
            "qwerty@123",
            "123456aa@",
            "vietnam@123",
            "egov@12345");

    public static final int MAX_LENGTH = 128;

    public PasswordPolicy {
        if (minLength < 8 || minClasses < 1 || minClasses > 4) {
            throw new IllegalArgumentException("minLength must be at least 8 and minClasses within 1..4");
        }
    }

    public List<String> problems(String password, String... personalWords) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < minLength) {
            problems.add("password.rule.length");
            if (password == null) {
                return problems;
            }
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("password.rule.maxLength");
        }
        if (classes(password) < minClasses) {
            problems.add("password.rule.classes");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        for (String word : personalWords) {
            if (word != null && word.length() >= 4 && lower.contains(word.toLowerCase(Locale.ROOT))) {
                problems.add("password.rule.personal");
                break;
            }
        }
        if (COMMON.contains(lower)) {
            problems.add("password.rule.common");
        }
        return problems;
    }

    private static int classes(String password) {
        boolean lower = false, upper = false, digit = false, other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) lower = true;
            else if (Character.isUpperCase(c)) upper = true;
            else if (Character.isDigit(c)) digit = true;
            else other = true;
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
