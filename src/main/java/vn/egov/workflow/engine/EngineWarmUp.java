package vn.egov.workflow.engine;

import org.flowable.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The engine is built after the platform has started, not before its first page: building it (its MyBatis
 * mappings, its caches, the schema version check) takes about two seconds. Its beans are made lazy; when the
 * application is ready a background thread builds it and starts its async executor (on every node). A call that
 * needs the engine earlier builds it on the spot, and the background thread waits for that one. An engine that
 * cannot start (its tables at another version) takes the node out of the load balancer (readiness refused) and says
 * why in the log.
 */
@Component
class EngineWarmUp implements BeanFactoryPostProcessor, ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(EngineWarmUp.class);
    /** The engine and its services, as Flowable's auto-configuration defines them. */
    private static final String ENGINE_BEANS = "org.flowable.spring.boot.ProcessEngineServicesAutoConfiguration";

    private ConfigurableListableBeanFactory beans;

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        this.beans = beanFactory;
        for (String name : beanFactory.getBeanDefinitionNames()) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            String factory = definition.getFactoryBeanName();
            if (factory != null && factory.startsWith(ENGINE_BEANS)) {
                definition.setLazyInit(true);
            }
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        Thread.ofVirtual().name("workflow-engine-start").start(() -> {
            long started = System.nanoTime();
            try {
                ProcessEngine engine = beans.getBean(ProcessEngine.class);
                engine.startExecutors();
                log.info("Workflow engine ready in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException failed) {
                log.error("The workflow engine cannot start: this node takes no traffic", failed);
                AvailabilityChangeEvent.publish(ready.getApplicationContext(), ReadinessState.REFUSING_TRAFFIC);
            }
        });
    }
}
