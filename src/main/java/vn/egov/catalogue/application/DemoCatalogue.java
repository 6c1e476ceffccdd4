package vn.egov.catalogue.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.domain.Procedure;
import vn.egov.catalogue.domain.ProcedureDocuments;
import vn.egov.catalogue.domain.ProcedureRules;
import vn.egov.catalogue.persistence.Procedures;
import vn.egov.shared.LocalizedText;

/**
 * The demo catalogue: 46 real procedures at province and commune level (civil status, land, construction,
 * business registration, education, health, labour, judicial records, …) as published around 2024, in force from
 * 1 July 2024. Province-level procedures are linked to the demo directory (loaded before): the department or
 * division that processes them ({@code implementingUnitCode}) and the provincial service centre that receives
 * them ({@code receivingUnitCodes}), by agency code; commune-level ones are processed by whichever commune
 * receives them. For benchmarks, {@code egov.catalogue.demo.generated-procedures} adds that many generated ones
 * (codes 9.xxxxxx) built from the real ones' words. Loaded once: a restart finds them and adds nothing.
 */
@Component
@ConditionalOnProperty(name = "egov.demo.enabled", havingValue = "true")
@Order(20)
class DemoCatalogue implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);
    static final LocalDate IN_FORCE_FROM = LocalDate.of(2024, 7, 1);

    private final Procedures procedures;
    private final UnitLinks units;
    private final Clock clock;
    private final int generated;

    DemoCatalogue(
            Procedures procedures,
            UnitLinks units,
            Clock clock,
            @Value("${egov.catalogue.demo.generated-procedures:0}") int generated) {
        this.procedures = procedures;
        this.units = units;
        this.clock = clock;
        this.generated = generated;
    }

    /** A demo procedure, its units named by agency code (resolved against the directory when loaded). */
    record Entry(
            ProcedureCode code,
            ProcedureContent content,
            String implementingUnitCode,
            List<String> receivingUnitCodes) {

        Entry(ProcedureCode code, ProcedureContent content) {
            this(code, content, null, List.of());
        }
    }

    static List<Entry> realProcedures() {
        try (InputStream in = new ClassPathResource("catalogue/demo-procedures.json").getInputStream()) {
            JsonNode array = ProcedureDocuments.mapper().readTree(in);
            List<Entry> entries = new ArrayList<>();
            for (JsonNode node : array) {
                ObjectNode copy = ((ObjectNode) node).deepCopy();
                ProcedureCode code = ProcedureCode.of(copy.remove("code").asString());
                JsonNode implementing = copy.remove("implementingUnitCode");
                List<String> receiving = new ArrayList<>();
                JsonNode desks = copy.remove("receivingUnitCodes");
                if (desks != null) desks.forEach(desk -> receiving.add(desk.asString()));
                entries.add(new Entry(
                        code,
                        ProcedureDocuments.mapper().treeToValue(copy, ProcedureContent.class),
                        implementing == null ? null : implementing.asString(),
                        receiving));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Entry> entries = realProcedures();
        boolean loadReal = !procedures.existsByCode(entries.getFirst().code().value());
        boolean loadGenerated =
                generated > 0 && !procedures.existsByCode(generatedCode(0).value());
        if (!loadReal && !loadGenerated) {
            return;
        }
        entries = entries.stream().map(this::linked).toList();
        if (loadReal) {
            long started = System.nanoTime();
            entries.forEach(this::publish);
            log.info(
                    "Demo catalogue loaded: {} procedures in {} ms",
                    entries.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        if (loadGenerated) {
            long started = System.nanoTime();
            SplittableRandom random = new SplittableRandom(2026);
            for (int i = 0; i < generated; i++) {
                Entry base = entries.get(random.nextInt(entries.size()));
                publish(new Entry(generatedCode(i), variant(base.content(), random, i)));
            }
            log.info(
                    "Generated {} procedures for benchmarks in {} ms",
                    generated,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** The entry's content linked to the units its codes name, as they stood when the catalogue took effect. */
    private Entry linked(Entry entry) {
        return new Entry(
                entry.code(),
                entry.content()
                        .withUnits(
                                entry.implementingUnitCode() == null
                                        ? null
                                        : units.unitOf(entry.implementingUnitCode(), IN_FORCE_FROM),
                                entry.receivingUnitCodes().stream()
                                        .map(code -> units.unitOf(code, IN_FORCE_FROM))
                                        .toList()));
    }

    private void publish(Entry entry) {
        Map<String, List<String>> problems = UnitLinks.merge(
                ProcedureRules.problems(entry.code().value(), entry.content()),
                units.problems(entry.content(), IN_FORCE_FROM));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("demo procedure " + entry.code() + " is not valid: " + problems);
        }
        Procedure procedure = Procedure.create(entry.code(), entry.content(), clock.instant(), "demo");
        procedure.publish(IN_FORCE_FROM, clock.instant(), "demo");
        procedures.save(procedure);
    }

    static ProcedureCode generatedCode(int i) {
        return new ProcedureCode(String.format("9.%06d", i));
    }

    /** A plausible procedure: a real one's structure under a name made of real words. */
    private static ProcedureContent variant(ProcedureContent base, SplittableRandom random, int i) {
        String[] actions = {"Cấp", "Cấp lại", "Điều chỉnh", "Gia hạn", "Thu hồi", "Xác nhận", "Đăng ký", "Công nhận"};
        String[] objects = {
            "giấy phép kinh doanh dịch vụ", "chứng chỉ hành nghề", "giấy chứng nhận đủ điều kiện",
                    "quyết định công nhận",
            "giấy phép hoạt động", "thông báo thay đổi", "giấy xác nhận", "bản sao trích lục"
        };
        String[] subjects = {
            "xây dựng công trình",
            "khai thác khoáng sản",
            "vận tải hành khách",
            "an toàn thực phẩm",
            "y tế tư nhân",
            "giáo dục mầm non",
            "du lịch lữ hành",
            "quảng cáo ngoài trời",
            "thủy lợi",
            "lâm nghiệp",
            "điện lực",
            "bưu chính",
            "viễn thông",
            "xuất bản",
            "thể dục thể thao"
        };
        String vi = actions[random.nextInt(actions.length)] + " " + objects[random.nextInt(objects.length)] + " "
                + subjects[random.nextInt(subjects.length)] + " (mẫu " + (i + 1) + ")";
        return new ProcedureContent(
                new LocalizedText(vi, "Generated procedure " + (i + 1)),
                base.level(),
                base.field(),
                base.implementingAgency(),
                base.decidingAgency(),
                base.processingDays(),
                base.processingNote(),
                base.processingVariants(),
                base.fees(),
                base.requiredPapers(),
                base.eligibility(),
                base.applicantSteps(),
                base.legalBasis(),
                base.resultType(),
                base.onlineLevel(),
                base.applicantKinds(),
                base.internalProcess(),
                null,
                base.supplementPolicy(),
                base.implementingUnit(),
                base.receivingUnits());
    }
}
