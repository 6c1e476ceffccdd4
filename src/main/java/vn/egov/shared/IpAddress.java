package vn.egov.shared;

import java.io.Serial;
import java.io.Serializable;
import java.net.InetAddress;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address in its normal textual form (at most 45 characters). Only literals are read, never host
 * names, so parsing cannot trigger a DNS lookup; a port after the address ({@code 1.2.3.4:5678},
 * {@code [::1]:443}), which some proxies add, is dropped.
 */
public record IpAddress(String value) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What an audit entry says when the address a request claimed could not be read as one. */
    public static final String UNPARSEABLE = "unparseable";

    private static final Pattern BRACKETED = Pattern.compile("\\[([0-9A-Fa-f:.]+)](?::\\d{1,5})?");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("([0-9.]+):\\d{1,5}");
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final int LONGEST = 45;

    public IpAddress {
        String normal = normalize(value);
        if (normal == null) {
            throw new IllegalArgumentException("not an IP address");
        }
        value = normal;
    }

    /** The address in {@code text}, or empty when it is not one (a host name, garbage, anything too long). */
    public static Optional<IpAddress> parse(String text) {
        return Optional.ofNullable(normalize(text)).map(IpAddress::new);
    }

    private static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String literal = text.strip();
        if (literal.isEmpty() || literal.length() > LONGEST + 8) {
            return null;
        }
        Matcher bracketed = BRACKETED.matcher(literal);
        Matcher withPort = IPV4_WITH_PORT.matcher(literal);
        if (bracketed.matches()) {
            literal = bracketed.group(1);
        } else if (withPort.matches()) {
            literal = withPort.group(1);
        }
        // no scope ids (fe80::1%eth0) and nothing InetAddress might take for a name
        if (!LITERAL.matcher(literal).matches()) {
            return null;
        }
        try {
            String normal = InetAddress.ofLiteral(literal).getHostAddress();
            return normal.length() > LONGEST ? null : normal;
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
