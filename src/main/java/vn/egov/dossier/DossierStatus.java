package vn.egov.dossier;

import java.util.Arrays;

/**
 * A dossier's status as exchanged with the National Public Service Portal ({@code TrangThaiHoSo}). The names
 * people read are messages {@code dossier.status.<NAME>}; the numbers are the national codes.
 */
public enum DossierStatus {
    /** Mới đăng ký: submitted online (or registered at the desk), not yet received. */
    NEW(1),
    /** Được tiếp nhận: received, complete, with its appointment. */
    RECEIVED(2),
    /** Không được tiếp nhận: refused at receipt (form 03). */
    NOT_ACCEPTED(3),
    /** Đang xử lý. */
    PROCESSING(4),
    /** Yêu cầu bổ sung giấy tờ: waiting for the applicant's supplement (form 02). */
    SUPPLEMENT_REQUESTED(5),
    /** Yêu cầu thực hiện nghĩa vụ tài chính: waiting for a fee or tax to be paid. */
    FINANCIAL_OBLIGATION(6),
    /** Công dân yêu cầu rút hồ sơ. */
    WITHDRAWN(7),
    /** Dừng xử lý (form 05). */
    STOPPED(8),
    /** Đã xử lý xong: the result (or the reasoned refusal) is ready to return. */
    PROCESSED(9),
    /** Đã trả kết quả. */
    RESULT_RETURNED(10);

    private final int code;

    DossierStatus(int code) {
        this.code = code;
    }

    /** The national code, 1–10. */
    public int code() {
        return code;
    }

    public static DossierStatus ofCode(int code) {
        return Arrays.stream(values())
                .filter(s -> s.code == code)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no dossier status " + code));
    }

    /** No further step is possible: the dossier's story has ended. */
    public boolean isFinal() {
        return this == NOT_ACCEPTED || this == WITHDRAWN || this == STOPPED || this == RESULT_RETURNED;
    }

    /** The deadline's clock runs (received and not yet processed, not waiting for the applicant). */
    public boolean isClockRunning() {
        return this == RECEIVED || this == PROCESSING;
    }
}
