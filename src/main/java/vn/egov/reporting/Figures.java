package vn.egov.reporting;

import java.math.BigDecimal;

/**
 * The periodic report's figures for one unit (with its sub-units), procedure or month and a period. Field names
 * are the statistics API's, stable: clients read them by name.
 *
 * @param carriedOver received before the period and still in progress when it began
 * @param received received in the period, whatever the channel
 * @param inProgressNotDue received and not yet processed at the period's end, before their appointment
 * @param inProgressOverdue received and not yet processed at the period's end, past their appointment
 * @param supplementRounds supplement requests for the dossiers received in the period
 * @param averageWorkingDays average working days from receipt to processed, of those processed in the period;
 *     {@code null} when none was
 * @param shareOnline received online over received, in percent (two decimals); {@code null} when none received
 */
public record Figures(
        long carriedOver,
        long received,
        long receivedDesk,
        long receivedOnline,
        long receivedPost,
        long submittedOnline,
        long notAccepted,
        long processed,
        long processedEarly,
        long processedOnTime,
        long processedLate,
        long inProgressNotDue,
        long inProgressOverdue,
        long returned,
        long withdrawn,
        long stopped,
        long supplementRounds,
        long digitized,
        long electronicResult,
        long receivedWithFee,
        long paidOnline,
        long ratedSatisfied,
        long ratedNeutral,
        long ratedDissatisfied,
        BigDecimal averageWorkingDays,
        BigDecimal shareOnline,
        BigDecimal shareDigitized,
        BigDecimal shareElectronicResult,
        BigDecimal sharePaidOnline) {

    /** Received and processed in the period on time (early included), over all processed, in percent. */
    public BigDecimal shareOnTime() {
        return Figures.percent(processedEarly + processedOnTime, processed);
    }

    public static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_UP);
    }
}
