package vn.egov.web.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Two demo nodes on one machine: the second finds the mailbox port taken and listens elsewhere. */
class DemoMailboxTest {

    @Test
    void with_its_port_taken_the_mailbox_listens_on_another_and_the_platform_mails_it_there() throws Exception {
        try (ServerSocket firstNode = new ServerSocket(0)) {
            int taken = firstNode.getLocalPort();

            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
                    .withUserConfiguration(DemoMailboxConfiguration.class)
                    .withPropertyValues(
                            "egov.demo.mailbox.enabled=true",
                            "egov.demo.mailbox.smtp-port=" + taken,
                            "spring.mail.host=localhost",
                            "spring.mail.port=" + taken)
                    .run(context -> {
                        DemoMailbox mailbox = context.getBean(DemoMailbox.class);
                        JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
                        assertThat(mailbox.port()).isNotEqualTo(taken).isPositive();
                        assertThat(sender.getPort()).isEqualTo(mailbox.port());

                        SimpleMailMessage mail = new SimpleMailMessage();
                        mail.setFrom("no-reply@haiduong.gov.vn");
                        mail.setTo("cong.dan@example.vn");
                        mail.setSubject("Thử hộp thư trình diễn");
                        mail.setText("Xin chào");
                        sender.send(mail);

                        await().atMost(Duration.ofSeconds(10))
                                .untilAsserted(() -> assertThat(mailbox.mails())
                                        .extracting(DemoMailbox.Mail::subject)
                                        .containsExactly("Thử hộp thư trình diễn"));
                    });
        }
    }

    @Test
    void with_its_port_free_the_mailbox_listens_there() throws Exception {
        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        DemoMailbox mailbox = new DemoMailbox(free);
        try {
            assertThat(mailbox.port()).isEqualTo(free);
        } finally {
            mailbox.destroy();
        }
    }
}
