package vn.egov.notice.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the SMS gateway: the configured HTTP one, or none. */
@Configuration(proxyBeanMethods = false)
class NoticeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NoticeConfiguration.class);

    @Bean
    SmsGateway smsGateway(NoticeProperties properties) {
        NoticeProperties.Sms sms = properties.sms();
        if (!sms.configured()) {
            // a province without an SMS contract is normal: said once here, never an error per notice
            log.info("SMS notices are off: egov.notice.sms.url is not set; applicants are notified by e-mail only");
            return SmsGateway.OFF;
        }
        // the host only: a provider may put a key in the query string
        log.info("SMS notices go to the gateway at {}", sms.url().getHost());
        return new HttpSmsGateway(sms.url(), sms.token(), sms.timeout());
    }
}
