package vn.egov.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.egov.dossier.DossierAction;
import vn.egov.dossier.DossierStatus;
import vn.egov.shared.StateConflict;

/**
 * Every pair of status and action, allowed or forbidden, against the table below — written out by hand from
 * Decree 118/2025/NĐ-CP and the national statuses, not derived from the code under test.
 */
class LifecycleTest {

    /** status → action → next status; every pair not listed is forbidden. */
    private static final String EXPECTED = """
            NEW                  REQUEST_COMPLETION NEW
            NEW                  COMPLETE           NEW
            NEW                  RECEIVE            RECEIVED
            NEW                  REFUSE             NOT_ACCEPTED
            NEW                  WITHDRAW           WITHDRAWN
            RECEIVED             START_PROCESSING   PROCESSING
            RECEIVED             REQUEST_PAYMENT    FINANCIAL_OBLIGATION
            RECEIVED             WITHDRAW           WITHDRAWN
            PROCESSING           HAND_OVER          PROCESSING
            PROCESSING           REQUEST_SUPPLEMENT SUPPLEMENT_REQUESTED
            PROCESSING           REQUEST_PAYMENT    FINANCIAL_OBLIGATION
            PROCESSING           APOLOGISE          PROCESSING
            PROCESSING           WITHDRAW           WITHDRAWN
            PROCESSING           STOP               STOPPED
            PROCESSING           FINISH             PROCESSED
            SUPPLEMENT_REQUESTED RECEIVE_SUPPLEMENT PROCESSING
            SUPPLEMENT_REQUESTED APOLOGISE          SUPPLEMENT_REQUESTED
            SUPPLEMENT_REQUESTED WITHDRAW           WITHDRAWN
            SUPPLEMENT_REQUESTED STOP               STOPPED
            FINANCIAL_OBLIGATION RECORD_PAYMENT     PROCESSING
            FINANCIAL_OBLIGATION APOLOGISE          FINANCIAL_OBLIGATION
            FINANCIAL_OBLIGATION WITHDRAW           WITHDRAWN
            FINANCIAL_OBLIGATION STOP               STOPPED
            PROCESSED            RETURN_RESULT      RESULT_RETURNED
            RESULT_RETURNED      RATE               RESULT_RETURNED
            """;

    private static Map<String, DossierStatus> expected() {
        Map<String, DossierStatus> table = new HashMap<>();
        EXPECTED.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(line -> {
            String[] cells = line.split("\\s+");
            table.put(cells[0] + " " + cells[1], DossierStatus.valueOf(cells[2]));
        });
        return table;
    }

    static Stream<Arguments> everyPair() {
        return Stream.of(DossierStatus.values())
                .flatMap(status -> Stream.of(DossierAction.values()).map(action -> Arguments.of(status, action)));
    }

    @ParameterizedTest(name = "{0} then {1}")
    @MethodSource("everyPair")
    void each_action_is_allowed_exactly_where_the_table_says_and_leads_where_it_says(
            DossierStatus from, DossierAction action) {
        DossierStatus to = expected().get(from + " " + action);

        if (to != null) {
            assertThat(Lifecycle.next(from, action)).isEqualTo(to);
            assertThat(Lifecycle.allowedFrom(from)).contains(action);
        } else {
            assertThatThrownBy(() -> Lifecycle.next(from, action))
                    .isInstanceOf(StateConflict.class)
                    .satisfies(conflict -> {
                        assertThat(((StateConflict) conflict).messageKey()).isEqualTo("dossier.error.transition");
                        assertThat(((StateConflict) conflict).arguments()).containsExactly(action.name(), from.name());
                    });
            assertThat(Lifecycle.allowedFrom(from)).doesNotContain(action);
        }
    }

    @Test
    void a_dossier_begins_submitted_received_or_refused_and_in_no_other_way() {
        assertThat(Lifecycle.start(DossierAction.SUBMIT)).isEqualTo(DossierStatus.NEW);
        assertThat(Lifecycle.start(DossierAction.REQUEST_COMPLETION)).isEqualTo(DossierStatus.NEW);
        assertThat(Lifecycle.start(DossierAction.RECEIVE)).isEqualTo(DossierStatus.RECEIVED);
        assertThat(Lifecycle.start(DossierAction.REFUSE)).isEqualTo(DossierStatus.NOT_ACCEPTED);
        for (DossierAction other : DossierAction.values()) {
            if (!java.util.Set.of(
                            DossierAction.SUBMIT,
                            DossierAction.REQUEST_COMPLETION,
                            DossierAction.RECEIVE,
                            DossierAction.REFUSE)
                    .contains(other)) {
                assertThatThrownBy(() -> Lifecycle.start(other)).isInstanceOf(StateConflict.class);
            }
        }
    }

    @Test
    void nothing_follows_a_final_status_but_rating_a_returned_result() {
        for (DossierStatus status : DossierStatus.values()) {
            if (status.isFinal()) {
                assertThat(Lifecycle.allowedFrom(status)).isSubsetOf(java.util.Set.of(DossierAction.RATE));
            }
        }
    }
}
