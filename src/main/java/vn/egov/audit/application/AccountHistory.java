package vn.egov.audit.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.egov.shared.IpAddress;
import vn.egov.shared.PersonalDataSection;

/**
 * The person's part of the audit log in the copy of their own data: what was recorded about their account (sign-ins,
 * failed attempts, profile changes), when and from which address. The newest thousand are plenty for a person to
 * read; the log itself keeps everything.
 */
@Component
class AccountHistory implements PersonalDataSection {

    /** One line of the log about the account. */
    record Line(Instant at, String action, String fromAddress) {}

    private final JdbcClient jdbc;

    AccountHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "accountHistory";
    }

    @Override
    public List<Line> about(UUID accountId) {
        return jdbc.sql("select occurred_at, action, case when actor_ip_unparseable then '" + IpAddress.UNPARSEABLE
                        + "' else actor_ip end as actor_ip from audit.audit_entry where subject = :subject"
                        + " order by occurred_at desc, id desc limit 1000")
                .param("subject", accountId.toString())
                .query((rs, n) -> new Line(
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("action"), rs.getString("actor_ip")))
                .list();
    }
}
