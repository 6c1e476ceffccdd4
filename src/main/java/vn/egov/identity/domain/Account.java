package vn.egov.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.Formula;
import vn.egov.identity.AccountId;
import vn.egov.identity.AccountKind;
import vn.egov.shared.CitizenIdNumber;
import vn.egov.shared.EmailAddress;
import vn.egov.shared.TaxCode;

/**
 * A person's or organisation's account, with what it needs to sign in. Updates write only the columns that
 * changed: the failure counts are raised by single statements outside the entity, and a change to the account made
 * meanwhile must not write them back with the values it read.
 */
@Entity
@DynamicUpdate
@Table(schema = "identity", name = "account")
public class Account {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private AccountKind kind;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    private String username;
    private String email;
    private boolean emailVerified;
    private String citizenId;
    private String taxCode;
    private String fullName;
    private String organisationName;
    private String phone;
    private String address;
    /** As the national e-ID vouches for it; {@code null} for an account that never signed in through it. */
    private java.time.LocalDate birthDate;
    /** When an identity provider last vouched for the account's CCCD number (and so for its name and birth date). */
    private Instant identityVouchedAt;

    private String passwordHash;
    private Instant passwordChangedAt;
    private boolean mustChangePassword;
    private int failedAttempts;
    private Instant lastFailedAt;
    /** Until when addresses the account has not signed in from must wait (failures from everywhere). */
    private Instant lockedUntil;

    /** The latest pause of sign-in from one address (failures from there); read with the account, never written. */
    @Formula("(select max(s.locked_until) from identity.sign_in_source s where s.account_id = id)")
    private Instant addressPausedUntil;

    private String totpSecret;
    private boolean totpEnabled;
    private Long totpLastStep;
    private String preferredLocale;
    private Instant consentedAt;
    private String consentVersion;
    private Instant consentWithdrawnAt;
    private Instant lastSignedInAt;

    @Column(updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {}

    private Account(AccountKind kind, AccountStatus status, String fullName, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.status = status;
        this.fullName = fullName.strip();
        this.createdAt = now;
    }

    /** An official's account made by an administrator; its holder sets a password from the activation link. */
    public static Account official(String username, String fullName, EmailAddress email, Instant now) {
        Account account = new Account(AccountKind.OFFICIAL, AccountStatus.PENDING_ACTIVATION, fullName, now);
        account.username = username.strip().toLowerCase(java.util.Locale.ROOT);
        account.email = email == null ? null : email.value();
        return account;
    }

    /** A citizen who registered on the portal; active once the e-mail address is verified. */
    public static Account citizen(
            String fullName, CitizenIdNumber citizenId, EmailAddress email, String phone, Instant now) {
        Account account = new Account(AccountKind.CITIZEN, AccountStatus.PENDING_VERIFICATION, fullName, now);
        account.citizenId = citizenId.value();
        account.email = email.value();
        account.phone = phone;
        return account;
    }

    /** A citizen who arrived through the national e-ID or the provincial SSO: the identity provider vouches. */
    public static Account citizenFromIdentityProvider(
            String fullName, CitizenIdNumber citizenId, EmailAddress email, boolean emailVerified, Instant now) {
        Account account = new Account(AccountKind.CITIZEN, AccountStatus.ACTIVE, fullName, now);
        account.citizenId = citizenId == null ? null : citizenId.value();
        account.email = email == null ? null : email.value();
        account.emailVerified = emailVerified;
        return account;
    }

    /** A business registering with its tax code; the representative's name is the account's name. */
    public static Account organisation(
            String representative,
            String organisationName,
            TaxCode taxCode,
            EmailAddress email,
            String phone,
            Instant now) {
        Account account =
                new Account(AccountKind.ORGANISATION, AccountStatus.PENDING_VERIFICATION, representative, now);
        account.organisationName = organisationName.strip();
        account.taxCode = taxCode.value();
        account.email = email.value();
        account.phone = phone;
        return account;
    }

    public AccountId id() {
        return new AccountId(id);
    }

    /**
     * Whether sign-in to the account is paused anywhere: from one address after failures from there, or from
     * unfamiliar addresses after failures from everywhere (see {@link LockoutPolicy}). What an administrator sees
     * and can lift.
     */
    public boolean isLocked(Instant now) {
        Instant until = lockedUntil();
        return until != null && now.isBefore(until);
    }

    /** Whether addresses the account has not signed in from lately must wait before their next try. */
    public boolean unfamiliarMustWait(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Instant unfamiliarWaitUntil() {
        return lockedUntil;
    }

    public void recordSuccessfulSignIn(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastSignedInAt = now;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void verifyEmail() {
        emailVerified = true;
        if (status == AccountStatus.PENDING_VERIFICATION) {
            status = AccountStatus.ACTIVE;
        }
    }

    /** Sets a new password hash; an activation link also activates the account. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
        if (status == AccountStatus.PENDING_ACTIVATION) {
            status = AccountStatus.ACTIVE;
            emailVerified = email != null;
        }
    }

    /** An administrator sets a first password; the holder must change it at first sign-in. */
    public void setInitialPassword(String hash, Instant now) {
        this.passwordHash = hash;
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
        if (status == AccountStatus.PENDING_ACTIVATION) {
            status = AccountStatus.ACTIVE;
        }
    }

    public void enableSecondFactor(String secret) {
        this.totpSecret = secret;
        this.totpEnabled = true;
        this.totpLastStep = null;
    }

    public void resetSecondFactor() {
        this.totpSecret = null;
        this.totpEnabled = false;
        this.totpLastStep = null;
    }

    /**
     * Accepts a TOTP time step once: a code already used cannot be replayed within its validity window (RFC 6238
     * §5.2). Returns {@code false} for a step at or before the last one used.
     */
    public boolean useTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    public void disable() {
        status = AccountStatus.DISABLED;
    }

    public void enable() {
        if (status == AccountStatus.DISABLED) {
            status = passwordHash == null ? AccountStatus.PENDING_ACTIVATION : AccountStatus.ACTIVE;
        }
    }

    public void updateProfile(String fullName, String phone, String address, String preferredLocale) {
        this.fullName = fullName.strip();
        this.phone = blankToNull(phone);
        this.address = blankToNull(address);
        this.preferredLocale = blankToNull(preferredLocale);
    }

    /**
     * What the national e-ID vouches for on a sign-in through it. Name and date of birth are the registry's, so they
     * replace what the account held; the address and phone only fill blanks, since the holder may have given a
     * current address or another phone on the profile page that the registry does not know.
     */
    public void takeVouchedIdentity(
            String vouchedName,
            java.time.LocalDate vouchedBirthDate,
            String vouchedAddress,
            String vouchedPhone,
            Instant now) {
        if (kind != AccountKind.CITIZEN) {
            return;
        }
        this.identityVouchedAt = now;
        if (vouchedName != null && !vouchedName.isBlank()) {
            this.fullName = vouchedName.strip();
        }
        if (vouchedBirthDate != null) {
            this.birthDate = vouchedBirthDate;
        }
        if (address == null) {
            this.address = blankToNull(vouchedAddress);
        }
        if (phone == null) {
            this.phone = blankToNull(vouchedPhone);
        }
    }

    public void recordConsent(String consentVersion, Instant at) {
        this.consentVersion = consentVersion;
        this.consentedAt = at;
    }

    /**
     * The holder withdraws the consent they gave at registration (Decree 13/2023/NĐ-CP, Art. 12): the account is
     * closed, since it exists only by that consent. What was processed before stays lawful; dossiers are kept as
     * the law on archives requires.
     *
     * @throws IllegalStateException when the account rests on no consent (officials) or it was already withdrawn
     */
    public void withdrawConsent(Instant at) {
        if (consentedAt == null || consentWithdrawnAt != null) {
            throw new IllegalStateException("no consent to withdraw");
        }
        this.consentWithdrawnAt = at;
        this.status = AccountStatus.DISABLED;
    }

    public Instant consentWithdrawnAt() {
        return consentWithdrawnAt;
    }

    public String consentVersion() {
        return consentVersion;
    }

    public void changeEmail(EmailAddress newEmail) {
        this.email = newEmail == null ? null : newEmail.value();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The name to greet: a business is greeted by its name. */
    public String displayName() {
        return kind == AccountKind.ORGANISATION && organisationName != null ? organisationName : fullName;
    }

    public AccountKind kind() {
        return kind;
    }

    public AccountStatus status() {
        return status;
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    public boolean emailVerified() {
        return emailVerified;
    }

    public String citizenId() {
        return citizenId;
    }

    public String taxCode() {
        return taxCode;
    }

    public String fullName() {
        return fullName;
    }

    public String organisationName() {
        return organisationName;
    }

    public String phone() {
        return phone;
    }

    public String address() {
        return address;
    }

    public java.time.LocalDate birthDate() {
        return birthDate;
    }

    public Instant identityVouchedAt() {
        return identityVouchedAt;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    /** The end of the latest pause, wherever it applies; {@code null} when there never was one. */
    public Instant lockedUntil() {
        if (addressPausedUntil == null) {
            return lockedUntil;
        }
        return lockedUntil == null || addressPausedUntil.isAfter(lockedUntil) ? addressPausedUntil : lockedUntil;
    }

    public String totpSecret() {
        return totpSecret;
    }

    public Long totpLastStep() {
        return totpLastStep;
    }

    public boolean totpEnabled() {
        return totpEnabled;
    }

    public String preferredLocale() {
        return preferredLocale;
    }

    public Instant consentedAt() {
        return consentedAt;
    }

    public Instant lastSignedInAt() {
        return lastSignedInAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The name shown to an administrator and written in the audit log. */
    public String loginName() {
        if (username != null) return username;
        if (email != null) return email;
        return citizenId;
    }
}
