package vn.egov.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.egov.catalogue.ProcedureCatalogue;
import vn.egov.catalogue.ProcedureHit;
import vn.egov.catalogue.ProcedureQuery;
import vn.egov.support.EgovTest;

/**
 * A node of a cluster keeps its own search index: what another node writes straight into the shared database must
 * reach this node's searches too. "Another node" is played by SQL that this node's ORM never sees.
 */
@EgovTest
class SearchIndexTest {

    private static final String NAME = "Thủ tục đồng bộ chỉ mục giữa các máy chủ";

    @Autowired
    SearchIndex index;

    @Autowired
    ProcedureCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    private java.util.List<String> found(String text) {
        return catalogue.search(new ProcedureQuery(text, null, null, null, 0, 10)).hits().stream()
                .map(ProcedureHit::procedure)
                .map(p -> p.code().value())
                .toList();
    }

    @Test
    void a_procedure_published_on_another_node_becomes_searchable_here_and_an_ended_one_disappears() {
        index.awaitReady(java.time.Duration.ofSeconds(60));
        index.refreshWhenChangedElsewhere(); // whatever earlier tests left behind
        String code = "9.6" + String.format("%05d", Math.abs(UUID.randomUUID().hashCode()) % 100_000);
        UUID procedure = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        jdbc.update("insert into catalogue.procedure (id, code, created_at) values (?, ?, now())", procedure, code);
        jdbc.update("""
                insert into catalogue.procedure_version
                    (id, procedure_id, code, version_no, status, valid_from, valid_to, name_vi, name_en, level,
                     field_code, field_vi, field_en, agency_key, agency_vi, agency_en, processing_days, online_level,
                     content, updated_at, updated_by, published_at, published_by)
                select ?, ?, ?, 1, 'PUBLISHED', date '2020-01-01', null, ?, name_en, level,
                     field_code, field_vi, field_en, agency_key, agency_vi, agency_en, processing_days, online_level,
                     jsonb_set(content, '{name,vi}', to_jsonb(?::text)), now(), 'another node', now(), 'another node'
                from catalogue.procedure_version where code = '1.001193' and status = 'PUBLISHED'
                order by version_no desc limit 1
                """, version, procedure, code, NAME, NAME);
        assertThat(found("dong bo chi muc may chu")).doesNotContain(code);

        assertThat(index.refreshWhenChangedElsewhere()).isTrue();
        assertThat(found("dong bo chi muc may chu")).first().isEqualTo(code);
        assertThat(index.refreshWhenChangedElsewhere())
                .as("nothing changed since")
                .isFalse();

        jdbc.update(
                "update catalogue.procedure_version set valid_from = date '2000-01-01', valid_to = date '2000-01-02'"
                        + " where id = ?",
                version);
        assertThat(index.refreshWhenChangedElsewhere()).isTrue();
        assertThat(found("dong bo chi muc may chu")).doesNotContain(code);
    }
}
