package vn.egov.shared;

/**
 * The address people reach the platform at ({@code egov.public-url}), for links that leave it: in mails, in the QR
 * codes printed on slips. Configured, never taken from a request's Host header.
 */
public interface PublicAddress {

    /** Without a trailing slash: {@code https://dichvucong.haiduong.gov.vn}. */
    String value();
}
