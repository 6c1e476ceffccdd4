package vn.egov.web.demo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.egov.shared.AccessRule;
import vn.egov.shared.NavigationItem;

/** The demo mailbox: its server, its page, its link, and the grant that lets anyone read it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "egov.demo.mailbox.enabled", havingValue = "true")
class DemoMailboxConfiguration {

    @Bean
    DemoMailbox demoMailbox(@Value("${egov.demo.mailbox.smtp-port:3025}") int smtpPort) {
        return new DemoMailbox(smtpPort);
    }

    /**
     * The platform's mail sender sends to the mailbox wherever it listens: on the configured port, or on the free
     * one it took because two demo nodes run on one machine.
     */
    @Bean
    static BeanPostProcessor mailToTheDemoMailbox(ObjectProvider<DemoMailbox> mailbox) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JavaMailSenderImpl sender) {
                    sender.setHost(DemoMailbox.HOST);
                    sender.setPort(mailbox.getObject().port());
                }
                return bean;
            }
        };
    }

    @Bean
    AccessRule demoMailboxIsPublic() {
        return AccessRule.everyone("/demo/mailbox", "/demo/mailbox/**").only(HttpMethod.GET);
    }

    @Bean
    NavigationItem demoMailboxLink() {
        return NavigationItem.forEveryone("main", 90, "nav.demoMailbox", "/demo/mailbox", "envelope");
    }

    @Controller
    @ConditionalOnProperty(name = "egov.demo.mailbox.enabled", havingValue = "true")
    static class DemoMailboxController {

        private final DemoMailbox mailbox;

        DemoMailboxController(DemoMailbox mailbox) {
            this.mailbox = mailbox;
        }

        @GetMapping("/demo/mailbox")
        String list(Model model) {
            model.addAttribute("mails", mailbox.mails());
            return "demo/mailbox";
        }

        @GetMapping("/demo/mailbox/{index}")
        String show(@PathVariable int index, Model model) {
            DemoMailbox.Mail mail = mailbox.mail(index);
            if (mail == null) {
                return "redirect:/demo/mailbox";
            }
            model.addAttribute("mail", mail);
            model.addAttribute("lines", mail.text().lines().toList());
            return "demo/mailbox";
        }
    }
}
