package vn.egov.payment.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The merchant's settings at a VNPAY-style gateway ({@code egov.payment.vnpay.*}), from the configuration only:
 * never from a request. An address beginning with {@code /} is on our own public address (the demo's simulated
 * gateway); our return and notice addresses are always our public address ({@code egov.public-url}).
 *
 * @param tmnCode the merchant (terminal) code the gateway gave us
 * @param hashSecret the shared secret of the HMAC-SHA512 signatures
 * @param payUrl the gateway's payment page
 * @param statementUrl where the gateway's daily statement is read
 * @param expiry how long a payment page stays valid
 */
@ConfigurationProperties("egov.payment.vnpay")
public record VnpayProperties(
        @DefaultValue("") String tmnCode,
        @DefaultValue("") String hashSecret,
        @DefaultValue("") String payUrl,
        @DefaultValue("") String statementUrl,
        @DefaultValue("15m") Duration expiry) {

    public boolean configured() {
        return !tmnCode.isBlank() && !hashSecret.isBlank() && !payUrl.isBlank();
    }
}
