package vn.egov.notice.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierNotice;
import vn.egov.shared.Money;
import vn.egov.shared.PublicAddress;
import vn.egov.shared.Unaccented;

/**
 * Writes a notice: the subject and the SMS from the message bundle ({@code i18n/notice_vi|_en}), the mail from the
 * step's template ({@code templates/notice/<step>.html}), its plain-text alternative from the same rendering, so the
 * two parts never say different things.
 */
@Component
class NoticeTexts {

    /** The steps an applicant hears about. */
    static final Set<DossierAction> NOTIFIED = EnumSet.of(
            DossierAction.RECEIVE,
            DossierAction.REQUEST_COMPLETION,
            DossierAction.REFUSE,
            DossierAction.REQUEST_SUPPLEMENT,
            DossierAction.REQUEST_PAYMENT,
            DossierAction.FINISH,
            DossierAction.APOLOGISE,
            DossierAction.STOP,
            DossierAction.WITHDRAW);

    static final Locale VIETNAMESE = Locale.of("vi");

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final Pattern LINK = Pattern.compile("(?is)<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>");
    /** An SMS's reason or list of papers is cut here: the mail carries the whole text. */
    private static final int SMS_NOTE = 160;

    /** A written notice. */
    record Written(String template, String subject, String html, String text, String sms) {}

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final PublicAddress publicAddress;

    NoticeTexts(ITemplateEngine templates, MessageSource messages, PublicAddress publicAddress) {
        this.templates = templates;
        this.messages = messages;
        this.publicAddress = publicAddress;
    }

    /** The language the applicant reads: English only when they chose it, Vietnamese otherwise. */
    static Locale languageOf(DossierNotice dossier) {
        return "en".equalsIgnoreCase(dossier.preferredLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }

    static String templateOf(DossierAction step) {
        return "notice/" + step.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The notice of {@code step} about the dossier.
     *
     * @param note the note of that step (what is missing, the reason), or {@code null}
     * @param amount what a payment request asks for in VND; {@code null}: the procedure's fees
     */
    Written write(DossierAction step, DossierNotice dossier, String note, Long amount, Locale locale) {
        if (!NOTIFIED.contains(step)) {
            throw new IllegalArgumentException("no notice for " + step);
        }
        String code = dossier.code() == null ? null : dossier.code().value();
        String procedure = dossier.procedureName().in(locale);
        String title = message("notice." + step.name() + ".title", locale);
        String subject = code == null
                ? message("notice.subject.noCode", locale, title, procedure)
                : message("notice.subject", locale, code, title, procedure);
        // no code, no lookup: a dossier waiting for completion or refused at the desk cannot be looked up
        String lookup = code == null
                ? null
                : publicAddress.value() + "/lookup?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
        String dueAt = format(dossier.dueAt());
        String promisedAt = format(dossier.promisedAt());
        long due = amount != null ? amount : dossier.feeAmount();
        String toPay = due > 0 ? Money.format(due, locale) : null;
        String delivery = dossier.resultDelivery() == null
                ? null
                : message("notice.delivery." + dossier.resultDelivery().name(), locale);
        String unit =
                dossier.receivingUnit() == null ? null : dossier.receivingUnit().in(locale);

        Context context = new Context(locale);
        context.setVariable("subject", subject);
        context.setVariable("name", dossier.applicantName());
        context.setVariable("code", code);
        context.setVariable("procedure", procedure);
        context.setVariable("unit", unit);
        context.setVariable("dueAt", dueAt);
        context.setVariable("promisedAt", promisedAt);
        context.setVariable("amount", toPay);
        context.setVariable("delivery", delivery);
        context.setVariable("note", blankToNull(note));
        context.setVariable("lookup", lookup);
        String template = templateOf(step);
        String html = templates.process(template, context);

        String sms = message(
                "notice." + step.name() + ".sms",
                locale,
                code != null ? code : procedure,
                step == DossierAction.APOLOGISE ? nonNull(promisedAt) : nonNull(dueAt),
                nonNull(toPay),
                nonNull(lookup),
                nonNull(delivery),
                shortened(note));
        return new Written(template, subject, html, plainText(html), sms);
    }

    /** An SMS without Vietnamese diacritics ("Hồ sơ đã được tiếp nhận" → "Ho so da duoc tiep nhan"). */
    static String unaccented(String text) {
        return Unaccented.of(text);
    }

    /**
     * The mail's text part from its HTML: paragraphs and list items on their own lines, links as their address.
     * Our templates use only {@code p}, {@code ul/li}, {@code blockquote} and {@code a}.
     */
    static String plainText(String html) {
        String body = html.replaceAll("(?is)^.*<body[^>]*>", "")
                .replaceAll("(?is)</body>.*$", "")
                // the template's own indentation between tags is not text
                .replaceAll(">\\s+<", "><");
        Matcher links = LINK.matcher(body);
        StringBuilder linked = new StringBuilder();
        while (links.find()) {
            String href = links.group(1);
            String label = links.group(2).replaceAll("<[^>]+>", "").strip();
            String replacement = label.isEmpty() || label.equals(href) ? href : label + " (" + href + ")";
            links.appendReplacement(linked, Matcher.quoteReplacement(replacement));
        }
        links.appendTail(linked);
        String text = linked.toString()
                .replaceAll("(?i)<li[^>]*>", "- ")
                .replaceAll("(?i)</li>|<br\\s*/?>", "\n")
                .replaceAll("(?i)</(p|ul|blockquote|div|h\\d)>", "\n\n")
                .replaceAll("<[^>]+>", "");
        String lines = HtmlUtils.htmlUnescape(text)
                .lines()
                .map(String::strip)
                .collect(java.util.stream.Collectors.joining("\n"));
        return lines.replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    private static String format(Instant instant) {
        return instant == null ? null : WHEN.format(instant.atZone(VIETNAM));
    }

    private static String shortened(String note) {
        String text = blankToNull(note);
        if (text == null) {
            return "";
        }
        text = text.replaceAll("\\s+", " ");
        return text.length() <= SMS_NOTE ? text : text.substring(0, SMS_NOTE - 1) + "…";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
