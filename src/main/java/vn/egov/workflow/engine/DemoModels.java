package vn.egov.workflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo's uploaded model: the construction permit of the demo catalogue asks the opinions of two agencies in
 * parallel (src/main/resources/workflow/demo-two-agency-opinions.bpmn20.xml) instead of following its step list.
 * Attached once, through the same checks as an administrator's upload, after the demo catalogue is loaded.
 */
@Component
@ConditionalOnProperty(name = "egov.demo.enabled", havingValue = "true")
@Order(30)
class DemoModels implements ApplicationRunner {

    /** Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, … (Sở Xây dựng). */
    static final String CONSTRUCTION_PERMIT = "1.009972";

    static final String TWO_AGENCY_OPINIONS = "workflow/demo-two-agency-opinions.bpmn20.xml";

    private static final Logger log = LoggerFactory.getLogger(DemoModels.class);

    private final ProcedureSteps procedures;
    private final ProcessModels models;

    DemoModels(ProcedureSteps procedures, ProcessModels models) {
        this.procedures = procedures;
        this.models = models;
    }

    @Override
    public void run(ApplicationArguments args) {
        procedures.current(CONSTRUCTION_PERMIT).ifPresent(version -> {
            if (!models.usesUploadedModel(version)) {
                models.use(version, read(TWO_AGENCY_OPINIONS));
                log.info("Procedure {} asks two agencies' opinions in parallel (demo model)", CONSTRUCTION_PERMIT);
            }
        });
    }

    static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
