package vn.egov.identity.web.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A person the simulated national e-ID can vouch for: what VNeID would tell a connected service about its holder.
 * The subject is stable (derived from the CCCD number), so a second sign-in finds the same link.
 */
record DemoPerson(
        String key,
        String fullName,
        String familyName,
        String givenName,
        String citizenId,
        LocalDate birthDate,
        String gender,
        String address,
        String locality,
        String phone,
        String email) {

    /**
     * The demo's people, all registered in Hải Dương (province code 030). Nguyễn Văn An also has a password account
     * in the demo directory: signing in as him shows an existing account being linked by the CCCD number.
     */
    static final List<DemoPerson> ALL = List.of(
            new DemoPerson(
                    "an",
                    "Nguyễn Văn An",
                    "Nguyễn",
                    "Văn An",
                    "030090001234",
                    LocalDate.of(1990, 5, 14),
                    "male",
                    "Số 12 đường Trần Hưng Đạo, phường Trần Hưng Đạo, thành phố Hải Dương, tỉnh Hải Dương",
                    "Thành phố Hải Dương",
                    "0912345678",
                    "an.nguyen@example.vn"),
            new DemoPerson(
                    "hoa",
                    "Lê Thị Hoa",
                    "Lê",
                    "Thị Hoa",
                    "030185007788",
                    LocalDate.of(1985, 11, 2),
                    "female",
                    "Thôn Đông, xã Cẩm Phúc, huyện Cẩm Giàng, tỉnh Hải Dương",
                    "Huyện Cẩm Giàng",
                    "0903123456",
                    null),
            new DemoPerson(
                    "khoi",
                    "Phạm Minh Khôi",
                    "Phạm",
                    "Minh Khôi",
                    "030200012345",
                    LocalDate.of(2000, 3, 21),
                    "male",
                    "Số 5 phố Nguyễn Trãi, phường Sao Đỏ, thành phố Chí Linh, tỉnh Hải Dương",
                    "Thành phố Chí Linh",
                    "0977000111",
                    null),
            new DemoPerson(
                    "mai",
                    "Vũ Thị Mai",
                    "Vũ",
                    "Thị Mai",
                    "030301004567",
                    LocalDate.of(2001, 8, 30),
                    "female",
                    "Khu dân cư Tân Tiến, phường An Lưu, thị xã Kinh Môn, tỉnh Hải Dương",
                    "Thị xã Kinh Môn",
                    "0368222333",
                    null));

    static Optional<DemoPerson> byKey(String key) {
        return ALL.stream().filter(person -> person.key().equals(key)).findFirst();
    }

    /** An opaque, stable subject, as VNeID gives each connected service (not the CCCD number itself). */
    String subject() {
        return UUID.nameUUIDFromBytes(("demo-vneid:" + citizenId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
