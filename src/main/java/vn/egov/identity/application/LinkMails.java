package vn.egov.identity.application;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Sends the mails that carry links (verification, password reset, activation, and the note to someone whose
 * details were used to register again) in the recipient's language, as
 * HTML with a plain-text alternative. Runs after the issuing transaction commits; a failure leaves the
 * publication incomplete so it is retried.
 */
@Component
class LinkMails {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final JavaMailSender mailSender;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final IdentityProperties properties;

    LinkMails(
            JavaMailSender mailSender,
            MessageSource messages,
            ITemplateEngine templates,
            IdentityProperties properties) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.templates = templates;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(LinkMailRequested request) throws MessagingException {
        Locale locale = Locale.of(request.language() == null ? "vi" : request.language());
        String purpose = request.purpose().name();
        String expiry = EXPIRY.format(request.expiresAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh")));

        Context context = new Context(locale);
        context.setVariable("purpose", purpose);
        context.setVariable("name", request.recipientName());
        context.setVariable("link", request.link());
        context.setVariable("expiry", expiry);

        MimeMessage mail = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mail, true, "UTF-8");
        helper.setFrom(properties.mailFrom());
        helper.setTo(request.email());
        helper.setSubject(messages.getMessage("mail." + purpose + ".subject", null, locale));
        String text = messages.getMessage(
                "mail." + purpose + ".text", new Object[] {request.recipientName(), request.link(), expiry}, locale);
        helper.setText(text, templates.process("mail/link", context));
        mailSender.send(mail);
    }

    @ApplicationModuleListener
    void on(AlreadyRegisteredMailRequested request) throws MessagingException {
        Locale locale = Locale.of(request.language() == null ? "vi" : request.language());
        Context context = new Context(locale);
        context.setVariable("name", request.recipientName());
        context.setVariable("link", request.link());

        MimeMessage mail = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mail, true, "UTF-8");
        helper.setFrom(properties.mailFrom());
        helper.setTo(request.email());
        helper.setSubject(messages.getMessage("mail.alreadyRegistered.subject", null, locale));
        String text = messages.getMessage(
                "mail.alreadyRegistered.text", new Object[] {request.recipientName(), request.link()}, locale);
        helper.setText(text, templates.process("mail/already-registered", context));
        mailSender.send(mail);
    }
}
