package vn.egov.portal.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The citizens' drafts, one row each; every read and write names the account, so no one reaches another's. */
@Repository
public class Drafts {

    /**
     * A draft as stored.
     *
     * @param formData the form's data, a JSON object
     * @param papers the papers chosen, a JSON array
     * @param receivingUnit the desk chosen (agency code), when the procedure lets the citizen choose
     * @param dossierCode the dossier it became, {@code null} until submitted
     */
    public record Draft(
            UUID id,
            UUID accountId,
            String procedureCode,
            String procedureNameVi,
            String procedureNameEn,
            String formData,
            String papers,
            String receivingUnit,
            String idempotencyKey,
            String dossierCode,
            Instant createdAt,
            Instant updatedAt) {}

    private static final String COLUMNS = """
            id, account_id, procedure_code, procedure_name_vi, procedure_name_en, form_data, papers, receiving_unit,
            idempotency_key, dossier_code, created_at, updated_at""";

    private final JdbcClient jdbc;

    Drafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Draft draft) {
        jdbc.sql("insert into portal.draft (" + COLUMNS + """
                        ) values (:id, :account, :code, :nameVi, :nameEn, :formData, :papers, null, :key, null, :now, :now)""")
                .param("id", draft.id())
                .param("account", draft.accountId())
                .param("code", draft.procedureCode())
                .param("nameVi", draft.procedureNameVi())
                .param("nameEn", draft.procedureNameEn())
                .param("formData", draft.formData())
                .param("papers", draft.papers())
                .param("key", draft.idempotencyKey())
                .param("now", Timestamp.from(draft.createdAt()))
                .update();
    }

    /** The account's draft with this id; another account's is not found. */
    public Optional<Draft> find(UUID account, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from portal.draft where id = :id and account_id = :account")
                .param("id", id)
                .param("account", account)
                .query(Drafts::draft)
                .optional();
    }

    /** The account's draft of this procedure not yet submitted, the latest first. */
    public Optional<Draft> openFor(UUID account, String procedureCode) {
        return jdbc.sql("select " + COLUMNS + """
                         from portal.draft
                        where account_id = :account and procedure_code = :code and dossier_code is null
                        order by updated_at desc limit 1""")
                .param("account", account)
                .param("code", procedureCode)
                .query(Drafts::draft)
                .optional();
    }

    /** The account's drafts, the newest change first. */
    public List<Draft> of(UUID account) {
        return jdbc.sql("select " + COLUMNS + " from portal.draft where account_id = :account order by updated_at desc")
                .param("account", account)
                .query(Drafts::draft)
                .list();
    }

    public void save(UUID account, UUID id, String formData, String papers, Instant now) {
        jdbc.sql("""
                        update portal.draft set form_data = :formData, papers = :papers, updated_at = :now
                        where id = :id and account_id = :account and dossier_code is null""")
                .param("formData", formData)
                .param("papers", papers)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("account", account)
                .update();
    }

    public void chooseDesk(UUID account, UUID id, String receivingUnit, Instant now) {
        jdbc.sql("""
                        update portal.draft set receiving_unit = :unit, updated_at = :now
                        where id = :id and account_id = :account and dossier_code is null""")
                .param("unit", receivingUnit)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("account", account)
                .update();
    }

    public void submitted(UUID account, UUID id, String dossierCode, Instant now) {
        jdbc.sql("""
                        update portal.draft set dossier_code = :code, updated_at = :now
                        where id = :id and account_id = :account""")
                .param("code", dossierCode)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("account", account)
                .update();
    }

    private static Draft draft(ResultSet rs, int row) throws SQLException {
        return new Draft(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getString("procedure_code"),
                rs.getString("procedure_name_vi"),
                rs.getString("procedure_name_en"),
                rs.getString("form_data"),
                rs.getString("papers"),
                rs.getString("receiving_unit"),
                rs.getString("idempotency_key"),
                rs.getString("dossier_code"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
