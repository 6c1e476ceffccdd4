package vn.egov.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** What every test context adds to the platform: a movable clock and a real SMTP server (GreenMail). */
@TestConfiguration(proxyBeanMethods = false)
public class TestPlatform {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() {
        return new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    }

    @Bean
    vn.egov.identity.IdentityFixtures identityFixtures(
            vn.egov.identity.persistence.Accounts accounts,
            vn.egov.identity.persistence.RoleAssignments roles,
            vn.egov.identity.OrgUnitDirectory orgUnits,
            org.springframework.security.crypto.password.PasswordEncoder encoder,
            MutableClock clock) {
        return new vn.egov.identity.IdentityFixtures(accounts, roles, orgUnits, encoder, clock);
    }

    @Bean
    vn.egov.dossier.DossierFixtures dossierFixtures(
            vn.egov.identity.IdentityFixtures identities, vn.egov.identity.OrgUnitDirectory directory) {
        return new vn.egov.dossier.DossierFixtures(identities, directory);
    }

    @Bean
    DynamicPropertyRegistrar mailServer(GreenMail greenMail) {
        return registry -> {
            registry.add("spring.mail.host", () -> "127.0.0.1");
            registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
        };
    }
}
