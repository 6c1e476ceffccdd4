package vn.egov.dossier.slip;

import java.util.Set;
import vn.egov.dossier.DossierAction;

/** The slips of Circular 03/2025/TT-VPCP, Annex I, and the steps of a dossier each one records. */
public enum SlipForm {
    /** Mẫu 01: receipt and appointment. */
    RECEIPT("01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", Set.of(DossierAction.RECEIVE)),
    /** Mẫu 02: what to supply or correct, at receipt or during processing. */
    COMPLETION_REQUEST(
            "02",
            "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
            Set.of(DossierAction.REQUEST_COMPLETION, DossierAction.REQUEST_SUPPLEMENT)),
    /** Mẫu 03: refusal to receive. */
    REFUSAL("03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ", Set.of(DossierAction.REFUSE)),
    /** Mẫu 04: apology and new date, issued by the unit at fault before the due date passes. */
    APOLOGY("04", "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết", Set.of(DossierAction.APOLOGISE)),
    /** Mẫu 05: processing stopped (also after a withdrawal). */
    STOP_NOTICE("05", "Thông báo dừng giải quyết hồ sơ", Set.of(DossierAction.STOP, DossierAction.WITHDRAW)),
    /** Mẫu 06: every handover, travelling with the dossier; printable from its first step on. */
    CONTROL("06", "Phiếu kiểm soát quá trình giải quyết hồ sơ", Set.of());

    private final String number;
    private final String title;
    private final Set<DossierAction> recordedBy;

    SlipForm(String number, String title, Set<DossierAction> recordedBy) {
        this.number = number;
        this.title = title;
        this.recordedBy = recordedBy;
    }

    /** The form's number in the annex: "01" … "06". */
    public String number() {
        return number;
    }

    /** The form's name as printed (Vietnamese: the language of administrative documents). */
    public String title() {
        return title;
    }

    /** The steps whose record the slip prints; empty when it prints the whole history. */
    public Set<DossierAction> recordedBy() {
        return recordedBy;
    }

    /** By its number ("01") or name ("RECEIPT"). */
    public static SlipForm of(String text) {
        for (SlipForm form : values()) {
            if (form.number.equals(text) || form.name().equalsIgnoreCase(text)) {
                return form;
            }
        }
        throw new vn.egov.shared.NotFound("dossier.error.noSuchSlip");
    }
}
