package vn.egov.workflow.persistence;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.egov.identity.AccountId;
import vn.egov.shared.LocalizedText;
import vn.egov.workflow.CaseKey;
import vn.egov.workflow.Opinion;
import vn.egov.workflow.StepOutcome;
import vn.egov.workflow.TaskKey;

/** The opinions written on cases, in the caller's transaction; added and read, never changed. */
@Repository
public class Opinions {

    private final JdbcClient jdbc;

    Opinions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(CaseKey caseKey, Opinion opinion) {
        jdbc.sql("""
                        insert into workflow.opinion (case_key, task_id, step_key, step_name_vi, step_name_en,
                                                      author_id, outcome, text, written_at)
                        values (:case, :task, :step, :vi, :en, :author, :outcome, :text, :at)
                        """)
                .param("case", caseKey.value())
                .param("task", opinion.task().value())
                .param("step", opinion.stepKey())
                .param("vi", opinion.stepName().vi())
                .param("en", opinion.stepName().en())
                .param("author", opinion.author().value())
                .param("outcome", opinion.outcome().name())
                .param("text", opinion.text())
                .param("at", Timestamp.from(opinion.at()))
                .update();
    }

    public List<Opinion> of(CaseKey caseKey) {
        return jdbc.sql("""
                        select task_id, step_key, step_name_vi, step_name_en, author_id, outcome, text, written_at
                        from workflow.opinion where case_key = :case order by seq
                        """)
                .param("case", caseKey.value())
                .query((rs, row) -> new Opinion(
                        new TaskKey(rs.getString("task_id")),
                        rs.getString("step_key"),
                        new LocalizedText(rs.getString("step_name_vi"), rs.getString("step_name_en")),
                        new AccountId(rs.getObject("author_id", UUID.class)),
                        StepOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("text"),
                        rs.getTimestamp("written_at").toInstant()))
                .list();
    }
}
