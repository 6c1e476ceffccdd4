package vn.egov.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo profile's settings sit where the platform reads them: a block indented one level wrong once moved the
 * mailbox, the e-ID and the sign-in hints under the payment settings, and the demo quietly lost them (the tests run
 * another profile, so only this file's shape can tell).
 */
class DemoProfileTest {

    private static Properties demo() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-demo.yml"));
        return yaml.getObject();
    }

    @Test
    void the_demo_switches_on_its_mailbox_e_id_gateway_dossiers_and_sign_in_hints() {
        Properties demo = demo();

        assertThat(demo.getProperty("egov.demo.enabled")).isEqualTo("true");
        assertThat(demo.getProperty("egov.demo.mailbox.enabled")).isEqualTo("true");
        assertThat(demo.getProperty("egov.demo.eid.enabled")).isEqualTo("true");
        assertThat(demo.getProperty("egov.demo.gateway.enabled")).isEqualTo("true");
        assertThat(demo.getProperty("egov.demo.dossiers")).isEqualTo("true");
        assertThat(demo.getProperty("egov.demo.sign-in-hints")).isEqualTo("true");
        assertThat(demo.getProperty("egov.payment.vnpay.pay-url")).isEqualTo("/demo/gateway/pay");
        assertThat(demo.stringPropertyNames())
                .filteredOn(name -> name.startsWith("egov.payment."))
                .allMatch(name -> name.startsWith("egov.payment.vnpay."));
    }
}
