package vn.egov.dossier.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.egov.dossier.DossierStatus;

/** Stores a status as its national code (1–10), the number other systems exchange. */
@Converter
class StatusColumn implements AttributeConverter<DossierStatus, Short> {

    @Override
    public Short convertToDatabaseColumn(DossierStatus status) {
        return status == null ? null : (short) status.code();
    }

    @Override
    public DossierStatus convertToEntityAttribute(Short code) {
        return code == null ? null : DossierStatus.ofCode(code);
    }
}
