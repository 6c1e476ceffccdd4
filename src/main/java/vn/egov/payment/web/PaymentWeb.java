package vn.egov.payment.web;

import static org.springframework.http.HttpMethod.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.egov.shared.Access;
import vn.egov.shared.AccessRule;
import vn.egov.shared.CsrfExemption;
import vn.egov.shared.NavigationItem;
import vn.egov.shared.Role;

/** The payment module's place in the web. */
@Configuration(proxyBeanMethods = false)
class PaymentWeb {

    /** Citizens and businesses pay their own dossiers' fees and download their receipts (the order decides whose). */
    static final Access.AnyOf PAYERS = Access.anyOf(Role.CITIZEN, Role.ORGANISATION);

    @Bean
    AccessRule paymentForApplicants() {
        return AccessRule.roles(PAYERS, "/payment/dossiers/*", "/payment/receipts/*");
    }

    /**
     * The gateway's notice comes from the gateway's servers and the return from the payer's browser, who may have
     * lost their session at the bank: both are open, and both are believed only when signed.
     */
    @Bean
    AccessRule gatewayCallbacksArePublic() {
        return AccessRule.everyone("/payment/vnpay/ipn");
    }

    /** Only the notice is posted by another system with its own signature instead of our token. */
    @Bean
    CsrfExemption gatewayNoticeIsSigned() {
        return CsrfExemption.of("/payment/vnpay/ipn");
    }

    /** The return only shows what our records say. */
    @Bean
    AccessRule returnIsRead() {
        return AccessRule.everyone("/payment/vnpay/return").only(GET);
    }

    /** The province's administrators settle the money with the gateway. */
    @Bean
    AccessRule reconciliationForProvinceAdmins() {
        return AccessRule.roles(Access.anyOf(Role.PROVINCE_ADMIN), "/admin/payment/reconciliation");
    }

    @Bean
    NavigationItem reconciliationLink() {
        return new NavigationItem(
                "admin",
                70,
                "nav.admin.paymentReconciliation",
                "/admin/payment/reconciliation",
                "cash-coin",
                Access.anyOf(Role.PROVINCE_ADMIN));
    }
}
