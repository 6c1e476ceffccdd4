package vn.egov.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.catalogue.ApplicantKind;
import vn.egov.catalogue.OnlineLevel;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureLevel;
import vn.egov.shared.LocalizedText;
import vn.egov.shared.RuleViolation;

class ProcedureTest {

    static ProcedureContent content(String name, String days) {
        return new ProcedureContent(
                new LocalizedText(name, null),
                ProcedureLevel.COMMUNE,
                new ProcedureContent.Field("HO_TICH", "Hộ tịch", "Civil status"),
                new ProcedureContent.Agency("COMMUNE_PEOPLES_COMMITTEE", null, "Ủy ban nhân dân cấp xã", null),
                null,
                new BigDecimal(days),
                null,
                List.of(),
                List.of(),
                List.of(new ProcedureContent.RequiredPaper(new LocalizedText("Tờ khai", "Form"), 1, 0, null)),
                null,
                List.of(),
                List.of("Luật Hộ tịch số 60/2014/QH13"),
                null,
                OnlineLevel.FULL,
                List.of(ApplicantKind.CITIZEN),
                List.of(),
                null,
                null,
                null,
                null);
    }

    private static final ProcedureCode CODE = ProcedureCode.of("1.001193");

    private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void publishing_a_new_version_ends_the_one_in_force_on_its_effective_date() {
        Procedure procedure = Procedure.create(CODE, content("Đăng ký khai sinh", "3"), now, "admin");
        procedure.publish(LocalDate.of(2024, 7, 1), now, "admin");
        procedure.saveDraft(content("Đăng ký khai sinh", "2"), now, "admin");

        procedure.publish(LocalDate.of(2026, 3, 1), now, "admin");

        assertThat(procedure
                        .versionOn(LocalDate.of(2026, 2, 28))
                        .orElseThrow()
                        .content()
                        .processingDays())
                .isEqualByComparingTo("3");
        assertThat(procedure
                        .versionOn(LocalDate.of(2026, 3, 1))
                        .orElseThrow()
                        .content()
                        .processingDays())
                .isEqualByComparingTo("2");
        assertThat(procedure.versionOn(LocalDate.of(2024, 6, 30))).isEmpty();
        assertThat(procedure.versions()).extracting(ProcedureVersion::versionNo).containsExactly(1, 2);
    }

    @Test
    void a_draft_is_not_in_force_and_only_one_draft_exists_at_a_time() {
        Procedure procedure = Procedure.create(CODE, content("Đăng ký khai sinh", "3"), now, "admin");
        procedure.publish(LocalDate.of(2024, 7, 1), now, "admin");

        ProcedureVersion first = procedure.saveDraft(content("Sửa lần 1", "3"), now, "admin");
        ProcedureVersion second = procedure.saveDraft(content("Sửa lần 2", "3"), now, "admin");

        assertThat(second).isSameAs(first);
        assertThat(second.content().name().vi()).isEqualTo("Sửa lần 2");
        assertThat(procedure
                        .versionOn(LocalDate.of(2030, 1, 1))
                        .orElseThrow()
                        .content()
                        .name()
                        .vi())
                .isEqualTo("Đăng ký khai sinh");
    }

    @Test
    void a_version_cannot_take_effect_before_the_one_it_replaces() {
        Procedure procedure = Procedure.create(CODE, content("Đăng ký khai sinh", "3"), now, "admin");
        procedure.publish(LocalDate.of(2024, 7, 1), now, "admin");
        procedure.saveDraft(content("Đăng ký khai sinh", "2"), now, "admin");

        assertThatThrownBy(() -> procedure.publish(LocalDate.of(2024, 7, 1), now, "admin"))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("procedure.error.publishBefore");
    }
}
