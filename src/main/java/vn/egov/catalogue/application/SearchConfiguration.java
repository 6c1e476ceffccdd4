package vn.egov.catalogue.application;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the catalogue's search index lives ({@code egov.catalogue.search.*}). By default a Lucene index in memory,
 * rebuilt from the database at start-up: right for one node. A cluster points every node at one OpenSearch (or
 * Elasticsearch) cluster instead, by configuration only:
 * {@code egov.catalogue.search.backend=opensearch}, {@code egov.catalogue.search.hosts=search1:9200,search2:9200}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchConfiguration.SearchProperties.class)
class SearchConfiguration {

    @ConfigurationProperties("egov.catalogue.search")
    record SearchProperties(
            @DefaultValue("lucene") String backend,
            @DefaultValue("localhost:9200") String hosts,
            @DefaultValue("http") String protocol,
            String username,
            String password,
            @DefaultValue("2.19") String version) {}

    @Bean
    HibernatePropertiesCustomizer searchBackend(SearchProperties search) {
        return properties -> configure(properties, search);
    }

    static void configure(Map<String, Object> properties, SearchProperties search) {
        properties.put("hibernate.search.backend.analysis.configurer", "class:" + VietnameseAnalysis.class.getName());
        // changes are visible to the next search as soon as their transaction commits
        properties.put("hibernate.search.indexing.plan.synchronization.strategy", "sync");
        if ("lucene".equalsIgnoreCase(search.backend())) {
            properties.put("hibernate.search.backend.type", "lucene");
            properties.put("hibernate.search.backend.directory.type", "local-heap");
        } else {
            properties.put("hibernate.search.backend.type", "elasticsearch");
            properties.put("hibernate.search.backend.hosts", search.hosts());
            properties.put("hibernate.search.backend.protocol", search.protocol());
            properties.put(
                    "hibernate.search.backend.version",
                    "opensearch".equalsIgnoreCase(search.backend())
                            ? "opensearch:" + search.version()
                            : search.version());
            if (search.username() != null) {
                properties.put("hibernate.search.backend.username", search.username());
                properties.put("hibernate.search.backend.password", search.password());
            }
            properties.put("hibernate.search.schema_management.strategy", "create-or-update");
        }
    }
}
