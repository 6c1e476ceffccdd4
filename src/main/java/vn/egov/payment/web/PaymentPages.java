package vn.egov.payment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.egov.identity.SignedInUser;
import vn.egov.payment.application.GatewayNotices;
import vn.egov.payment.application.Payments;
import vn.egov.payment.application.Receipts;
import vn.egov.shared.Actors;

/**
 * The payer's pages: what is due on a dossier and the button that sends them to the gateway (other pages link to
 * {@code /payment/dossiers/{code}}), the page they come back to, the e-receipt; and the gateway's notice.
 */
@Controller
class PaymentPages {

    private final Payments payments;
    private final GatewayNotices notices;
    private final Receipts receipts;
    private final Actors actors;

    PaymentPages(Payments payments, GatewayNotices notices, Receipts receipts, Actors actors) {
        this.payments = payments;
        this.notices = notices;
        this.receipts = receipts;
        this.actors = actors;
    }

    @GetMapping("/payment/dossiers/{code}")
    String dossier(@PathVariable String code, @AuthenticationPrincipal SignedInUser payer, Model model) {
        model.addAttribute("account", payments.account(code, payer.accountId()));
        return "payment/dossier";
    }

    /** A new attempt, and off to the gateway (303: the browser follows with a GET). */
    @PostMapping("/payment/dossiers/{code}")
    String pay(@PathVariable String code, @AuthenticationPrincipal SignedInUser payer, Locale locale) {
        return "redirect:"
                + payments.start(
                        code, payer.accountId(), locale, actors.current().ip());
    }

    /** The payer's browser back from the gateway: the outcome in our records (GatewayNotices: the one-charge rule). */
    @GetMapping("/payment/vnpay/return")
    String returned(
            @RequestParam Map<String, String> parameters,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        GatewayNotices.Returned returned = notices.returned(parameters);
        // the same signed answer again: the outcome once the notice has come
        model.addAttribute("again", request.getRequestURI() + "?" + request.getQueryString());
        if (returned.outcome() == GatewayNotices.Outcome.REFUSED) {
            response.setStatus(400);
        }
        model.addAttribute("returned", returned);
        return "payment/returned";
    }

    /** The gateway's notice (VNPAY calls it with a GET; a POSTed form is taken too), answered in its JSON. */
    @RequestMapping(
            path = "/payment/vnpay/ipn",
            method = {RequestMethod.GET, RequestMethod.POST},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, String> notice(@RequestParam Map<String, String> parameters) {
        GatewayNotices.Answer answer = notices.notice(parameters);
        return Map.of("RspCode", answer.rspCode(), "Message", answer.message());
    }

    @GetMapping("/payment/receipts/{number}")
    ResponseEntity<byte[]> receipt(@PathVariable String number, @AuthenticationPrincipal SignedInUser payer) {
        Receipts.Receipt receipt = receipts.receipt(number, payer.accountId());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("bien-lai-" + receipt.number() + ".pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(receipt.pdf());
    }
}
