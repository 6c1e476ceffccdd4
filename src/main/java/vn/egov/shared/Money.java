package vn.egov.shared;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Amounts in Vietnamese đồng written one way per language, wherever money is shown (the catalogue's fees, the desk,
 * the dossier page, notices to applicants): {@code 5.000 đồng} in Vietnamese, {@code VND 5,000} in English. Pages
 * reach it as the bean {@code @money}; Java code calls {@link #format}.
 */
@Component("money")
public final class Money {

    /** For templates: {@code ${@money.text(fee, #locale)}}. */
    public String text(long vnd, Locale locale) {
        return format(vnd, locale);
    }

    public static String format(long vnd, Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        // the grouping is fixed here rather than taken from the JDK's locale data, so a page and a mail agree
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(english ? ',' : '.');
        String digits = new DecimalFormat("#,##0", symbols).format(vnd);
        return english ? "VND " + digits : digits + " đồng";
    }
}
