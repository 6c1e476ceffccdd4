package vn.egov.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import vn.egov.calendar.SupplementPolicy;
import vn.egov.catalogue.ProcedureCode;
import vn.egov.catalogue.ProcedureContent;
import vn.egov.catalogue.ProcedureStatus;
import vn.egov.catalogue.ProcedureSummary;
import vn.egov.catalogue.ProcedureVersionId;
import vn.egov.catalogue.ProcedureView;
import vn.egov.shared.VietnameseOrder;

/**
 * One version of a procedure: its whole content as a JSON document, plus the few values lists, filters and
 * the search index need. Indexed for full-text search (Hibernate Search): names without diacritics and with typo
 * tolerance, filters on level, field, agency and the period in force.
 */
@Entity
@Table(schema = "catalogue", name = "procedure_version")
@Indexed(index = "procedure")
public class ProcedureVersion {

    @Id
    private UUID id;

    @Column(name = "procedure_id", insertable = false, updatable = false)
    private UUID procedureId;

    @KeywordField
    private String code;

    private int versionNo;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private ProcedureStatus status;

    @GenericField
    private LocalDate validFrom;

    @GenericField
    private LocalDate validTo;

    @FullTextField(analyzer = "vietnamese")
    private String nameVi;

    @FullTextField(analyzer = "english")
    private String nameEn;

    @KeywordField
    private String level;

    @KeywordField
    private String fieldCode;

    private String fieldVi;
    private String fieldEn;

    @KeywordField
    private String agencyKey;

    private String agencyVi;
    private String agencyEn;
    private BigDecimal processingDays;

    @KeywordField
    private String onlineLevel;

    /** Copied out of the content: which procedures a unit processes, which pause the clock for supplements. */
    private UUID implementingUnitId;

    @Enumerated(EnumType.STRING)
    private SupplementPolicy supplementPolicy;

    @JdbcTypeCode(SqlTypes.JSON)
    private String content;

    private Instant updatedAt;
    private String updatedBy;
    private Instant publishedAt;
    private String publishedBy;

    @Transient
    private ProcedureContent parsed;

    protected ProcedureVersion() {}

    ProcedureVersion(UUID procedureId, String code, int versionNo, ProcedureContent content, Instant now, String by) {
        this.id = UUID.randomUUID();
        this.procedureId = procedureId;
        this.code = code;
        this.versionNo = versionNo;
        this.status = ProcedureStatus.DRAFT;
        setContent(content, now, by);
    }

    void setContent(ProcedureContent content, Instant now, String by) {
        this.content = ProcedureDocuments.write(content);
        this.parsed = content;
        this.nameVi = content.name().vi();
        this.nameEn = content.name().en();
        this.level = content.level().name();
        this.fieldCode = content.field().code();
        this.fieldVi = content.field().vi();
        this.fieldEn = content.field().en() == null
                ? content.field().vi()
                : content.field().en();
        this.agencyKey = content.implementingAgency().key();
        this.agencyVi = content.implementingAgency().vi();
        this.agencyEn = content.implementingAgency().en() == null
                ? content.implementingAgency().vi()
                : content.implementingAgency().en();
        this.processingDays = content.processingDays();
        this.onlineLevel = content.onlineLevel().name();
        this.implementingUnitId = content.implementingUnit() == null
                ? null
                : content.implementingUnit().value();
        this.supplementPolicy = content.supplementPolicy();
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void publish(LocalDate from, Instant now, String by) {
        this.status = ProcedureStatus.PUBLISHED;
        this.validFrom = from;
        this.publishedAt = now;
        this.publishedBy = by;
    }

    void endOn(LocalDate day) {
        this.validTo = day;
    }

    /**
     * What else a search should find a procedure by: its field, its agency, the papers it needs and what it
     * results in. Re-derived whenever the content changes.
     */
    @Transient
    @FullTextField(analyzer = "vietnamese")
    @IndexingDependency(
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "content")),
            reindexOnUpdate = ReindexOnUpdate.DEFAULT)
    public String getKeywords() {
        ProcedureContent c = content();
        List<String> words = new ArrayList<>();
        words.add(c.field().vi());
        words.add(c.implementingAgency().vi());
        if (c.resultType() != null) words.add(c.resultType().vi());
        c.requiredPapers().forEach(p -> words.add(p.name().vi()));
        return String.join(" . ", words);
    }

    /**
     * The name's place in Vietnamese alphabetical order, for browsing the catalogue by name: the index sorts keys
     * by their bytes, which for these keys is the Vietnamese order ("Đ" after "D"; folding the marks away would mix
     * them).
     */
    @Transient
    @KeywordField(name = "nameSort", sortable = Sortable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "nameVi")))
    public String getNameSortKey() {
        return VietnameseOrder.sortKey(nameVi);
    }

    /**
     * The version's summary as JSON, stored (not searched) in the index so that a search answers from the index
     * alone, without loading versions from the database.
     */
    @Transient
    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "content")),
                @ObjectPath(@PropertyValue(propertyName = "validFrom"))
            })
    public String getSummary() {
        return ProcedureDocuments.mapper().writeValueAsString(summary());
    }

    public ProcedureSummary summary() {
        ProcedureContent c = content();
        return new ProcedureSummary(
                code(),
                versionId(),
                versionNo,
                validFrom,
                c.name(),
                c.level(),
                c.field(),
                c.implementingAgency(),
                c.processingDays(),
                c.onlineLevel(),
                c.fees());
    }

    public boolean inForceOn(LocalDate day) {
        return status == ProcedureStatus.PUBLISHED
                && !validFrom.isAfter(day)
                && (validTo == null || validTo.isAfter(day));
    }

    public ProcedureContent content() {
        if (parsed == null) {
            parsed = ProcedureDocuments.read(id, updatedAt, content);
        }
        return parsed;
    }

    public ProcedureView view() {
        return new ProcedureView(code(), versionId(), versionNo, status, validFrom, validTo, content());
    }

    public UUID id() {
        return id;
    }

    public ProcedureVersionId versionId() {
        return new ProcedureVersionId(id);
    }

    public ProcedureCode code() {
        return new ProcedureCode(code);
    }

    public int versionNo() {
        return versionNo;
    }

    public ProcedureStatus status() {
        return status;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public String nameVi() {
        return nameVi;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }
}
