/**
 * Fee payment online: a payment order per dossier fee, attempts at a payment gateway (a VNPAY-style adapter, signed
 * query strings, return URL and server-to-server notice), the rule that an order is paid at most once, e-receipts,
 * and the daily reconciliation with the gateway's statement. The dossier decides what is due and moves on when it
 * is paid ({@link vn.egov.dossier.FeeObligations}), in the payment's transaction.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Payment",
        allowedDependencies = {"shared", "identity", "dossier"})
package vn.egov.payment;
