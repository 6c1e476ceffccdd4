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

    /**
     * Listens on {@code smtpPort} or, when another program (another demo node on this machine) already does, on any
     * free port: {@link #port()} says which, and the configuration points the platform's mail sender there.
     */
    public DemoMailbox(int smtpPort) {
        this.server = start(smtpPort);
        if (port() != smtpPort) {
            log.info("Demo mailbox: port {} is taken, so it listens on {} instead", smtpPort, port());
        }
        log.info("Demo mailbox: SMTP on {}:{}, read the mails at /demo/mailbox", HOST, port());
    }

    static final String HOST = "127.0.0.1";

    private static GreenMail start(int smtpPort) {
        if (smtpPort > 0) {
            GreenMail wanted = new GreenMail(new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP));
            try {
                wanted.start();
                return wanted;
            } catch (RuntimeException taken) {
                wanted.stop();
            }
        }
        GreenMail any = new GreenMail(new ServerSetup(3025, HOST, ServerSetup.PROTOCOL_SMTP).dynamicPort());
        any.start();
        return any;
    }

    /** The port it listens on. */
    public int port() {
        return server.getSmtp().getPort();
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
