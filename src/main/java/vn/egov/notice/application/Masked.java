package vn.egov.notice.application;

/**
 * Addresses as the delivery log keeps them: enough for a clerk to recognise where a notice went, not a list of
 * people's addresses (Decree 13/2023/NĐ-CP: no more personal data than the purpose needs).
 */
final class Masked {

    private Masked() {}

    /** {@code nhung@example.vn} → {@code n***@example.vn}. */
    static String email(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }

    /** {@code 0912345678} → {@code 09******78}. */
    static String phone(String number) {
        if (number.length() <= 4) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 2) + "*".repeat(number.length() - 4) + number.substring(number.length() - 2);
    }

    /** A phone number as a gateway wants it: digits, and the leading {@code +} of an international one. */
    static String dialable(String phone) {
        String stripped = phone.strip();
        String digits = stripped.replaceAll("\\D", "");
        return stripped.startsWith("+") ? "+" + digits : digits;
    }
}
