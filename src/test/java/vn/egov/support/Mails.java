package vn.egov.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the platform mailed through the real SMTP server of the tests. */
public final class Mails {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private Mails() {}

    /** Waits until {@code count} mails have reached the address and returns them, oldest first. */
    public static List<MimeMessage> to(GreenMail server, String address, int count) {
        return await().atMost(Duration.ofSeconds(15))
                .until(() -> received(server, address), mails -> mails.size() >= count);
    }

    public static List<MimeMessage> received(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> GreenMailUtil.getAddressList(recipients(m)).contains(address))
                .toList();
    }

    /** The first link in the newest mail to the address whose path contains {@code pathPart}. */
    public static String link(GreenMail server, String address, String pathPart, int expectedMails) {
        List<MimeMessage> mails = to(server, address, expectedMails);
        String body = GreenMailUtil.getBody(mails.getLast());
        Matcher matcher = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        while (matcher.find()) {
            String link = matcher.group().replaceAll("[\"<>].*$", "");
            if (link.contains(pathPart)) {
                return link;
            }
        }
        throw new AssertionError("no link with " + pathPart + " in:\n" + body);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static jakarta.mail.Address[] recipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
