package vn.egov.workflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo's uploaded model: the construction permit of the demo catalogue asks the opinions of two agencies in
 * parallel (src/main/resources/workflow/demo-two-agency-opinions.bpmn20.xml) instead of following its step list.
 * Attached once, through the same checks as an administrator's upload, once the application is ready (the demo
 * catalogue loaded), in the background: the engine it needs is built then anyway ({@link EngineWarmUp}), and
 * nothing waits for it.
 */
@Component
@ConditionalOnProperty(name = "egov.demo.enabled", havingValue = "true")
class DemoModels implements ApplicationListener<ApplicationReadyEvent> {

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
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        Thread.ofVirtual().name("workflow-demo-model").start(this::attach);
    }

    void attach() {
        try {
            procedures.current(CONSTRUCTION_PERMIT).ifPresent(version -> {
                if (!models.usesUploadedModel(version)) {
                    models.use(version, read(TWO_AGENCY_OPINIONS));
                    log.info("Procedure {} asks two agencies' opinions in parallel (demo model)", CONSTRUCTION_PERMIT);
                }
            });
        } catch (RuntimeException failed) {
            log.warn("The demo's two-agency model could not be attached", failed);
        }
    }

    static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
