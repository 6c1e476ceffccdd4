package vn.egov.workflow.engine;

import java.util.Set;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;

/**
 * Of Flowable's auto-configuration only the process engine and its services apply — no IDM, event registry, CMMN,
 * DMN, app engine, REST API, LDAP, actuator endpoint or security bridge — and only in a context that holds the
 * workflow module (its {@link EngineSettings}, registered by component scanning before auto-configuration is
 * chosen). A module test that leaves the module out starts no engine, instead of one without the platform's
 * settings (table names in schema {@code workflow}, no beans in expressions). Registered in
 * META-INF/spring.factories.
 */
public class FlowableOnlyWithWorkflow implements AutoConfigurationImportFilter, BeanFactoryAware {

    private static final String FLOWABLE = "org.flowable.";
    private static final Set<String> USED = Set.of(
            "org.flowable.spring.boot.ProcessEngineAutoConfiguration",
            "org.flowable.spring.boot.ProcessEngineServicesAutoConfiguration");

    private BeanFactory beanFactory;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean workflow = beanFactory instanceof ListableBeanFactory beans
                && beans.getBeanNamesForType(EngineSettings.class, true, false).length > 0;
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            String name = autoConfigurationClasses[i];
            matches[i] = name == null || !name.startsWith(FLOWABLE) || (workflow && USED.contains(name));
        }
        return matches;
    }
}
