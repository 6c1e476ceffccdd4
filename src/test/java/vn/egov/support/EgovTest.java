package vn.egov.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.egov.EgovApplication;

/**
 * The whole platform on a random port against real PostgreSQL, with the demo province loaded. Test classes that
 * add nothing else share one application context.
 */
@Tag("database")
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = EgovApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPlatform.class)
@ActiveProfiles("test")
public @interface EgovTest {}
