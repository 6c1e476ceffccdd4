package vn.egov.notice.application;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.egov.dossier.DossierChanged;
import vn.egov.dossier.DossierNotice;
import vn.egov.dossier.OneStopShop;
import vn.egov.notice.persistence.SentNotices;
import vn.egov.notice.persistence.SentNotices.SentNotice;

/**
 * Tells the applicant what happened to their dossier, by e-mail when they gave an address and by SMS when they gave
 * a phone number and the platform has a gateway. Runs after the step's transaction commits, from the event
 * publication registry: when a channel fails (the SMTP server is down, the gateway answers 503) the listener fails,
 * the publication stays incomplete and {@code shared.events.PublicationRetry} delivers it again — a channel that
 * already went out is in {@code notice.sent_notice} and is not sent twice.
 */
@Component
class ApplicantNotices {

    private static final Logger log = LoggerFactory.getLogger(ApplicantNotices.class);

    /**
     * How far a history line's time may lie after the event's: the event's moment is read just after the line's,
     * and the database keeps microseconds where Java has nanoseconds (rounded, possibly up).
     */
    private static final Duration SAME_MOMENT = Duration.ofMillis(1);

    private final OneStopShop oneStopShop;
    private final NoticeTexts texts;
    private final JavaMailSender mailSender;
    private final SmsGateway sms;
    private final SentNotices sent;
    private final NoticeProperties properties;
    private final Clock clock;

    ApplicantNotices(
            OneStopShop oneStopShop,
            NoticeTexts texts,
            JavaMailSender mailSender,
            SmsGateway sms,
            SentNotices sent,
            NoticeProperties properties,
            Clock clock) {
        this.oneStopShop = oneStopShop;
        this.texts = texts;
        this.mailSender = mailSender;
        this.sms = sms;
        this.sent = sent;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DossierChanged changed) {
        if (!NoticeTexts.NOTIFIED.contains(changed.step())) {
            return;
        }
        DossierNotice dossier = oneStopShop.forNotice(changed.dossier()).orElse(null);
        if (dossier == null) {
            // the dossier's transaction committed before this ran, so it cannot be missing but by deletion
            log.warn("No notice for {} of dossier {}: the dossier is gone", changed.step(), changed.dossier());
            return;
        }
        Occurrence occurrence = Occurrence.of(dossier, changed);
        Locale locale = NoticeTexts.languageOf(dossier);
        NoticeTexts.Written notice =
                texts.write(changed.step(), dossier, occurrence.note(), occurrence.amount(), locale);

        List<RuntimeException> failures = new ArrayList<>();
        if (dossier.email() != null && !dossier.email().isBlank()) {
            deliver(dossier, changed, occurrence, notice, NoticeChannel.EMAIL, failures);
        }
        if (dossier.phone() != null && !dossier.phone().isBlank() && sms.enabled()) {
            deliver(dossier, changed, occurrence, notice, NoticeChannel.SMS, failures);
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.getFirst();
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    /** Sends one channel unless it already went out; a failure is collected so the other channel still gets its turn. */
    private void deliver(
            DossierNotice dossier,
            DossierChanged changed,
            Occurrence occurrence,
            NoticeTexts.Written notice,
            NoticeChannel channel,
            List<RuntimeException> failures) {
        String step = changed.step().name();
        if (sent.contains(dossier.id().value(), step, occurrence.number(), channel.name())) {
            log.debug("{} notice {} #{} of {} was sent already", channel, step, occurrence.number(), dossier.id());
            return;
        }
        String recipient;
        try {
            recipient = switch (channel) {
                case EMAIL -> mail(dossier.email().strip(), notice);
                case SMS -> text(dossier.phone(), notice);
            };
        } catch (RuntimeException e) {
            log.warn(
                    "{} notice {} of dossier {} not sent, it will be tried again: {}",
                    channel,
                    step,
                    dossier.id(),
                    e.getMessage());
            failures.add(e);
            return;
        }
        sent.add(new SentNotice(
                dossier.id().value(),
                step,
                occurrence.number(),
                channel.name(),
                recipient,
                clock.instant(),
                notice.template()));
    }

    private String mail(String address, NoticeTexts.Written notice) {
        MimeMessage mail = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mail, true, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(address);
            helper.setSubject(notice.subject());
            helper.setText(notice.text(), notice.html());
        } catch (MessagingException e) {
            throw new IllegalStateException("the notice mail cannot be written: " + e.getMessage(), e);
        }
        mailSender.send(mail);
        return Masked.email(address);
    }

    private String text(String phone, NoticeTexts.Written notice) {
        String to = Masked.dialable(phone);
        String text = properties.sms().unaccented() ? NoticeTexts.unaccented(notice.sms()) : notice.sms();
        sms.send(to, text);
        return Masked.phone(to);
    }

    /**
     * Which time of its kind this step is on the dossier (the second supplement request is another notice than the
     * first, a redelivered event the same one), and that step's note. The event carries no history line, so the line
     * is found by its moment: the event's moment is read just after its history line's, and a later repetition of
     * the step comes later still. That keeps a notice delivered days late (the mail server was down) pinned to its
     * own step, not to the latest one.
     *
     * @param amount the amount a payment request asked for, if this is one that said
     */
    record Occurrence(int number, String note, Long amount) {

        static Occurrence of(DossierNotice dossier, DossierChanged changed) {
            List<DossierNotice.Step> same = dossier.steps().stream()
                    .filter(s -> s.action() == changed.step())
                    .toList();
            Instant at = changed.actor() == null ? null : changed.actor().at();
            List<DossierNotice.Step> upToEvent = at == null
                    ? same
                    : same.stream()
                            .filter(s -> !s.at().isAfter(at.plus(SAME_MOMENT)))
                            .toList();
            if (upToEvent.isEmpty()) {
                // a clock set back since (tests move it): the latest line of that step is the best guess
                upToEvent = same;
            }
            if (upToEvent.isEmpty()) {
                return new Occurrence(1, null, null);
            }
            DossierNotice.Step step = upToEvent.getLast();
            String note = step.note() != null ? step.note() : dossier.closingReason();
            return new Occurrence(upToEvent.size(), note, step.amount());
        }
    }
}
