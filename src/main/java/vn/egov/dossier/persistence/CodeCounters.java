package vn.egov.dossier.persistence;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The daily counters behind dossier codes. One statement increments and reads a unit's counter of the day, so
 * two nodes receiving at the same instant never get the same number (the row lock serialises them); the counter
 * belongs to the caller's transaction, so a receipt that fails gives its number back.
 */
@Repository
public class CodeCounters {

    private final JdbcClient jdbc;

    CodeCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int next(String unitCode, LocalDate day) {
        return jdbc.sql("""
                        insert into dossier.code_counter (unit_code, day, last) values (:unit, :day, 1)
                        on conflict (unit_code, day) do update set last = dossier.code_counter.last + 1
                        returning last
                        """)
                .param("unit", unitCode)
                .param("day", day)
                .query(Integer.class)
                .single();
    }
}
