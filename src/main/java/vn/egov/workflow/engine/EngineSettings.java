package vn.egov.workflow.engine;

import java.time.Clock;
import java.util.HashMap;
import org.flowable.common.engine.impl.calendar.CycleBusinessCalendar;
import org.flowable.common.engine.impl.calendar.DueDateBusinessCalendar;
import org.flowable.common.engine.impl.calendar.DurationBusinessCalendar;
import org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager;
import org.flowable.engine.ProcessEngine;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import vn.egov.calendar.OfficialCalendar;

/**
 * How the platform runs Flowable (ADR 0011), on top of {@code flowable.*} in application.yml: its tables live in
 * schema {@code workflow} and every statement names them there ({@code workflow.ACT_…}), never created or changed
 * by the engine; it reads the platform's clock; tasks' due dates count working days on the official calendar;
 * expressions in models see the case's variables only, no Spring bean (a model is data an administrator may
 * upload, not code).
 *
 * <p>Not Flowable's {@code database-schema} setting: with it the engine switches the connection's search path to
 * its schema, on the connection it shares with the rest of the caller's transaction. Flowable's auto-configuration
 * applies only where this class is a bean ({@link FlowableOnlyWithWorkflow}): a module test that leaves the
 * workflow module out starts no engine.
 */
@Configuration(proxyBeanMethods = false)
public class EngineSettings {

    static final String SCHEMA = "workflow";

    /**
     * The engine, built on first use ({@link EngineWarmUp} uses it as soon as the application is ready), in place of
     * Flowable's factory bean, which backs off; these settings are applied where that factory would apply its
     * configurers. As that factory does, the Spring transaction manager owns the transactions.
     */
    @Bean(destroyMethod = "close")
    @Lazy
    ProcessEngine processEngine(SpringProcessEngineConfiguration engine, Clock clock, OfficialCalendar calendar) {
        engine.setDatabaseType("postgres");
        engine.setDatabaseTablePrefix(SCHEMA + ".");
        engine.setTablePrefixIsSchema(true);
        engine.setDatabaseSchemaUpdate(SpringProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        engine.setDisableIdmEngine(true);
        engine.setDisableEventRegistry(true);
        engine.setCreateDiagramOnDeploy(false);
        engine.setBeans(new HashMap<>());
        EngineClock engineClock = new EngineClock(clock);
        engine.setClock(engineClock);
        MapBusinessCalendarManager dueDates = new MapBusinessCalendarManager();
        dueDates.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar(engineClock));
        dueDates.addBusinessCalendar(DueDateBusinessCalendar.NAME, new WorkingDayCalendar(calendar, engineClock));
        dueDates.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar(engineClock));
        engine.setBusinessCalendarManager(dueDates);
        engine.setTransactionsExternallyManaged(true);
        return engine.buildProcessEngine();
    }
}
