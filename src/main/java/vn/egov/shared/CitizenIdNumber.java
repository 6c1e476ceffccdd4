package vn.egov.shared;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The 12-digit personal identification number printed on the citizen identity card (CCCD), Circular
 * 59/2021/TT-BCA art. 7: three digits for the province where the birth was registered, one digit for century
 * and gender, two for the year of birth, six random digits.
 */
public record CitizenIdNumber(String value) {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    /** Province codes used in the number (the 63 provinces and cities of the 2008–2025 map). */
    private static final Set<String> PROVINCE_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
            "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
            "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
            "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    public CitizenIdNumber {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("validation.citizenId.required");
        }
        value = value.strip().replace(" ", "");
        if (!TWELVE_DIGITS.matcher(value).matches()) {
            throw new RuleViolation("validation.citizenId.format");
        }
        if (!PROVINCE_CODES.contains(value.substring(0, 3))) {
            throw new RuleViolation("validation.citizenId.province", value.substring(0, 3));
        }
    }

    public static boolean looksLikeOne(String text) {
        return text != null && TWELVE_DIGITS.matcher(text.strip()).matches();
    }

    /** The birth year the number encodes: century from the fourth digit (0/1: 1900s, 2/3: 2000s, …). */
    public int birthYear() {
        int centuryDigit = value.charAt(3) - '0';
        int century = switch (centuryDigit / 2) {
            case 0 -> 1900;
            case 1 -> 2000;
            case 2 -> 2100;
            case 3 -> 2200;
            default -> 1800;
        };
        return century + Integer.parseInt(value.substring(4, 6));
    }

    /** Whether the number agrees with a stated date of birth. */
    public boolean matchesBirthDate(LocalDate birthDate) {
        return birthDate.getYear() == birthYear();
    }

    public boolean female() {
        return (value.charAt(3) - '0') % 2 == 1;
    }

    @Override
    public String toString() {
        return value;
    }
}
