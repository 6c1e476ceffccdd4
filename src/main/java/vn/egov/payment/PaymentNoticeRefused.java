package vn.egov.payment;

import vn.egov.shared.AuditableEvent;

/**
 * A gateway's notice (server-to-server) or a browser's return from the gateway was refused and changed nothing: its
 * signature does not verify, its order is unknown, its amount is not the order's, or it was already confirmed.
 *
 * @param txnRef the transaction reference it names, as sent (may be anything when unsigned)
 * @param dossierCode the dossier of the order, when the reference is ours
 * @param refusal BAD_SIGNATURE, UNKNOWN_ORDER, WRONG_AMOUNT, ALREADY_CONFIRMED
 * @param via IPN (the gateway's notice) or RETURN (the browser's return)
 */
public record PaymentNoticeRefused(String txnRef, String dossierCode, String refusal, String via, Actor actor)
        implements AuditableEvent {

    @Override
    public String subject() {
        return dossierCode != null ? dossierCode : txnRef;
    }
}
