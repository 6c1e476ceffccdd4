package vn.egov;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The provincial e-Government platform: one Spring Boot application, one package per module. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class EgovApplication {

    public static void main(String[] args) {
        SpringApplication.run(EgovApplication.class, args);
    }
}
