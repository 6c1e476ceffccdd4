package vn.egov.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.domain.ProcedureDocuments;
import vn.egov.shared.InvalidInput;

/** The editor's form reads back exactly what it was filled from, and names each bad row and text. */
class ProcedureFormTest {

    private static List<ProcedureContent> demo() throws Exception {
        try (InputStream in = ProcedureFormTest.class.getResourceAsStream("/catalogue/demo-procedures.json")) {
            List<ProcedureContent> contents = new ArrayList<>();
            for (JsonNode procedure : ProcedureDocuments.mapper().readTree(in)) {
                contents.add(ProcedureDocuments.mapper().treeToValue(procedure, ProcedureContent.class));
            }
            return contents;
        }
    }

    @Test
    void every_demo_procedure_reads_back_unchanged_from_its_form_with_the_blank_rows() throws Exception {
        List<ProcedureContent> contents = demo();
        assertThat(contents).hasSizeGreaterThan(40);
        assertThat(contents).anyMatch(c -> c.formSchema() != null);

        for (ProcedureContent content : contents) {
            ProcedureForm form = ProcedureForm.of("1.001193", content).withBlankRows();

            assertThat(form.content()).as(content.name().vi()).isEqualTo(content);
        }
    }

    @Test
    void a_procedure_without_online_form_has_none_after_editing_and_says_so() throws Exception {
        ProcedureContent without =
                demo().stream().filter(c -> c.formSchema() == null).findFirst().orElseThrow();
        ProcedureForm form = ProcedureForm.of("1.001193", without).withBlankRows();

        assertThat(form.hasOnlineForm()).isFalse();
        assertThat(form.formExtra()).isEmpty();
        assertThat(form.content().formSchema()).isNull();
    }

    @Test
    void bad_rows_are_named_by_their_number() throws Exception {
        ProcedureContent content = demo().getFirst();
        ProcedureForm form = ProcedureForm.of("1.001193", content);
        List<ProcedureForm.FeeRow> fees = new ArrayList<>(form.fees());
        fees.add(new ProcedureForm.FeeRow("FEE", "Phí thử", "", "-5000", "", ""));
        List<ProcedureForm.PaperRow> papers = new ArrayList<>(form.requiredPapers());
        papers.add(new ProcedureForm.PaperRow("", "Only English", "1", "0", ""));
        List<ProcedureForm.TextRow> steps = new ArrayList<>(form.applicantSteps());
        steps.add(new ProcedureForm.TextRow(" ", "Only English"));
        ProcedureForm bad = new ProcedureForm(
                form.code(),
                form.nameVi(),
                form.nameEn(),
                form.level(),
                form.field(),
                form.implementingAgency(),
                form.decidingAgency(),
                form.processingDays(),
                form.processingNoteVi(),
                form.processingNoteEn(),
                form.processingVariants(),
                fees,
                papers,
                "",
                "Only English",
                form.applicantKinds(),
                steps,
                form.legalBasis(),
                form.resultTypeVi(),
                form.resultTypeEn(),
                form.onlineLevel(),
                form.internalProcess(),
                form.formFields(),
                form.formExtra(),
                form.supplementPolicy(),
                form.implementingUnit(),
                form.receivingUnits());

        assertThatThrownBy(bad::content)
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        invalid -> assertThat(invalid.problemsByField())
                                .containsEntry("fees[" + (fees.size() - 1) + "]", List.of("procedure.error.feeAmount"))
                                .containsEntry(
                                        "requiredPapers[" + (papers.size() - 1) + "]",
                                        List.of("procedure.error.paperName"))
                                .containsEntry(
                                        "applicantSteps[" + (steps.size() - 1) + "]",
                                        List.of("procedure.error.applicantStepVi"))
                                .containsEntry("eligibility", List.of("procedure.error.textVi"))
                                .doesNotContainKeys("fees", "requiredPapers", "applicantSteps"));
    }
}
