package vn.egov.reporting.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of the index's definitions and their indicators, as loaded. */
@Repository
public class IndexDefinitions {

    /** A version of the definitions. */
    public record Version(
            long id, String name, String legalSource, LocalDate validFrom, Instant loadedAt, String loadedBy) {}

    /** An indicator's row as stored (formulas as text). */
    public record IndicatorRow(
            int position,
            int groupNumber,
            String groupNameVi,
            String groupNameEn,
            String code,
            String nameVi,
            String nameEn,
            String numerator,
            String denominator,
            BigDecimal threshold,
            BigDecimal points,
            String legalSource) {}

    private final JdbcClient jdbc;

    public IndexDefinitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version that applied on {@code day}: the latest valid from then or before (the latest loaded wins). */
    public Optional<Version> versionOn(LocalDate day) {
        return jdbc.sql("select * from reporting.index_version where valid_from <= :day"
                        + " order by valid_from desc, id desc limit 1")
                .param("day", Date.valueOf(day))
                .query(IndexDefinitions::version)
                .optional();
    }

    public List<Version> versions() {
        return jdbc.sql("select * from reporting.index_version order by valid_from desc, id desc")
                .query(IndexDefinitions::version)
                .list();
    }

    public List<IndicatorRow> indicators(long version) {
        return jdbc.sql("select * from reporting.indicator where version_id = :version order by position")
                .param("version", version)
                .query((row, n) -> new IndicatorRow(
                        row.getInt("position"),
                        row.getInt("group_number"),
                        row.getString("group_name_vi"),
                        row.getString("group_name_en"),
                        row.getString("code"),
                        row.getString("name_vi"),
                        row.getString("name_en"),
                        row.getString("numerator"),
                        row.getString("denominator"),
                        row.getBigDecimal("threshold"),
                        row.getBigDecimal("points"),
                        row.getString("legal_source")))
                .list();
    }

    /** Stores a new version with its indicators (in the caller's transaction); answers its id. */
    public long add(Version version, List<IndicatorRow> indicators) {
        long id = jdbc.sql("""
                        insert into reporting.index_version (name, legal_source, valid_from, loaded_at, loaded_by)
                        values (:name, :source, :from, :at, :by) returning id
                        """)
                .param("name", version.name())
                .param("source", version.legalSource())
                .param("from", Date.valueOf(version.validFrom()))
                .param("at", Timestamp.from(version.loadedAt()))
                .param("by", version.loadedBy())
                .query(Long.class)
                .single();
        for (IndicatorRow row : indicators) {
            jdbc.sql("""
                            insert into reporting.indicator (version_id, position, group_number, group_name_vi,
                                group_name_en, code, name_vi, name_en, numerator, denominator, threshold, points,
                                legal_source)
                            values (:version, :position, :group, :groupVi, :groupEn, :code, :nameVi, :nameEn,
                                :numerator, :denominator, :threshold, :points, :source)
                            """)
                    .param("version", id)
                    .param("position", row.position())
                    .param("group", row.groupNumber())
                    .param("groupVi", row.groupNameVi())
                    .param("groupEn", row.groupNameEn())
                    .param("code", row.code())
                    .param("nameVi", row.nameVi())
                    .param("nameEn", row.nameEn())
                    .param("numerator", row.numerator())
                    .param("denominator", row.denominator())
                    .param("threshold", row.threshold())
                    .param("points", row.points())
                    .param("source", row.legalSource())
                    .update();
        }
        return id;
    }

    private static Version version(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new Version(
                row.getLong("id"),
                row.getString("name"),
                row.getString("legal_source"),
                row.getDate("valid_from").toLocalDate(),
                row.getTimestamp("loaded_at").toInstant(),
                row.getString("loaded_by"));
    }
}
