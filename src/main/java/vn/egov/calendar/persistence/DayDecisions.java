package vn.egov.calendar.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every decision recorded for a day. */
public interface DayDecisions extends JpaRepository<DayDecision, UUID> {

    List<DayDecision> findAllByOrderByDayAsc();

    List<DayDecision> findByDayBetweenOrderByDayAsc(LocalDate from, LocalDate to);

    Optional<DayDecision> findByDay(LocalDate day);

    /** Changes anywhere in the table, to notice on one node what another node recorded. */
    @Query("select count(d), max(d.recordedAt) from DayDecision d")
    List<Object[]> revision();

    default String revisionKey() {
        Object[] row = revision().getFirst();
        return row[0] + "|" + (row[1] == null ? "" : ((Instant) row[1]).toString());
    }
}
