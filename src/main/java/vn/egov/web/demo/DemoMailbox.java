package vn.egov.web.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * A real SMTP server (GreenMail) inside the demo run, so registration, password-reset and activation mails are
 * really sent and can be read at {@code /demo/mailbox} without installing a mail server. Never enabled outside
 * the demo profile.
 */
public class DemoMailbox implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoMailbox.class);

    private final GreenMail server;

    public DemoMailbox(int smtpPort) {
        this.server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try {
            server.start();
            log.info("Demo mailbox: SMTP on 127.0.0.1:{}, read the mails at /demo/mailbox", smtpPort);
        } catch (RuntimeException busy) {
            log.warn("Demo mailbox could not listen on port {}: {}", smtpPort, busy.getMessage());
        }
    }

    /** A received mail as the mailbox page shows it. */
    public record Mail(int index, String to, String subject, Instant receivedAt, String text) {}

    public List<Mail> mails() {
        MimeMessage[] received = server.getReceivedMessages();
        List<Mail> mails = new ArrayList<>();
        for (int i = received.length - 1; i >= 0; i--) {
            mails.add(toMail(i, received[i]));
        }
        return mails;
    }

    public Mail mail(int index) {
        MimeMessage[] received = server.getReceivedMessages();
        if (index < 0 || index >= received.length) {
            return null;
        }
        return toMail(index, received[index]);
    }

    private static Mail toMail(int index, MimeMessage message) {
        try {
            String to = Arrays.toString(message.getAllRecipients()).replaceAll("[\\[\\]]", "");
            Instant received = message.getSentDate() == null
                    ? Instant.EPOCH
                    : message.getSentDate().toInstant();
            return new Mail(index, to, message.getSubject(), received, plainText(message.getContent()));
        } catch (MessagingException | IOException unreadable) {
            return new Mail(index, "?", "?", Instant.EPOCH, unreadable.getMessage());
        }
    }

    private static String plainText(Object content) throws MessagingException, IOException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
                if (part.getContent() instanceof Multipart nested) {
                    String text = plainText(nested);
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
        }
        return "";
    }

    @Override
    public void destroy() {
        server.stop();
    }
}
