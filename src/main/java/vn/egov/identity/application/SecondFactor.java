package vn.egov.identity.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Base64;
import java.util.OptionalLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.identity.AccountId;
import vn.egov.identity.SecondFactorEnrolled;
import vn.egov.identity.SecondFactorReset;
import vn.egov.identity.domain.Account;
import vn.egov.identity.domain.TotpCodes;
import vn.egov.identity.persistence.Accounts;
import vn.egov.shared.AuditableEvent.Actor;
import vn.egov.shared.RuleViolation;

/** The officials' second factor: setting up an authenticator app, checking its codes, removing it. */
@Service
public class SecondFactor {

    private final Accounts accounts;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondFactor(Accounts accounts, IdentityProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** What the set-up page shows: the secret to type in, and the same as a QR code (PNG data URI). */
    public record Enrollment(String secret, String uri, String qrCodeDataUri) {}

    public Enrollment prepareEnrollment(String accountName) {
        return enrollmentFor(accountName, TotpCodes.newSecret());
    }

    public Enrollment enrollmentFor(String accountName, String secret) {
        String uri = TotpCodes.provisioningUri(properties.totp().issuer(), accountName, secret);
        return new Enrollment(secret, uri, qrCode(uri));
    }

    /**
     * The code an authenticator would show now. Only the demo run asks for it (property {@code
     * egov.demo.sign-in-hints}), so visitors can try the officials' sign-in without an app.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> demoCode(AccountId id) {
        return accounts.findById(id.value())
                .filter(Account::totpEnabled)
                .map(a -> TotpCodes.codeAt(a.totpSecret(), clock.instant()));
    }

    /** Turns the second factor on once the official proves the app shows the right code. */
    @Transactional
    public void enroll(AccountId id, String secret, String code, Actor actor) {
        Account account = accounts.findById(id.value()).orElseThrow();
        OptionalLong step = TotpCodes.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            throw new RuleViolation("totp.error.wrongCode");
        }
        account.enableSecondFactor(secret);
        account.useTotpStep(step.getAsLong());
        events.publishEvent(new SecondFactorEnrolled(id, actor));
    }

    /** What a code typed at sign-in turned out to be. */
    public enum CodeCheck {
        ACCEPTED,
        /**
         * A code the app showed, but one already used to sign in (or a later one was): good once only. Said as
         * such, since the official typed what the app shows and must wait for the next code, not retype.
         */
        ALREADY_USED,
        WRONG
    }

    /** Checks a code at sign-in; a code is good once (no replay within its 90-second window). */
    @Transactional
    public CodeCheck check(AccountId id, String code) {
        Account account = accounts.findById(id.value()).orElseThrow();
        if (!account.totpEnabled()) {
            return CodeCheck.WRONG;
        }
        OptionalLong step = TotpCodes.matchingStep(account.totpSecret(), code, clock.instant());
        if (step.isEmpty()) {
            return CodeCheck.WRONG;
        }
        return account.useTotpStep(step.getAsLong()) ? CodeCheck.ACCEPTED : CodeCheck.ALREADY_USED;
    }

    /** Whether the code signs in: {@link #check} accepted it. */
    @Transactional
    public boolean verify(AccountId id, String code) {
        return check(id, code) == CodeCheck.ACCEPTED;
    }

    @Transactional
    public void reset(AccountId id, Actor actor) {
        Account account = accounts.findById(id.value()).orElseThrow();
        account.resetSecondFactor();
        events.publishEvent(new SecondFactorReset(id, actor));
    }

    private static String qrCode(String text) {
        try {
            var matrix = new com.google.zxing.qrcode.QRCodeWriter()
                    .encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 240, 240);
            var image = new java.awt.image.BufferedImage(
                    matrix.getWidth(), matrix.getHeight(), java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (com.google.zxing.WriterException | IOException e) {
            throw new IllegalStateException("could not draw the QR code", e);
        }
    }
}
