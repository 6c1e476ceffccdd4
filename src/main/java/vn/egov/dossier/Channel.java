package vn.egov.dossier;

/** How a dossier was submitted ({@code KenhThucHien}): at the desk, online, or by public post. */
public enum Channel {
    DESK(1),
    ONLINE(2),
    POST(3);

    private final int code;

    Channel(int code) {
        this.code = code;
    }

    /** The national code, 1–3. */
    public int code() {
        return code;
    }
}
