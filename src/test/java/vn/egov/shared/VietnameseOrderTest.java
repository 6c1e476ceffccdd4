package vn.egov.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseOrderTest {

    private static List<String> sorted(Comparator<String> order, String... names) {
        List<String> list = new ArrayList<>(Arrays.asList(names));
        list.sort(order);
        return list;
    }

    @Test
    void d_with_stroke_comes_after_d() {
        assertThat(sorted(VietnameseOrder.TEXT, "Đỗ Thu Trang", "Dương Văn Hải", "Đặng Quốc Bảo", "Duy Khánh"))
                .containsExactly("Duy Khánh", "Dương Văn Hải", "Đặng Quốc Bảo", "Đỗ Thu Trang");
    }

    @Test
    void ngo_before_nguyen_and_pham_before_phan() {
        assertThat(sorted(VietnameseOrder.TEXT, "Phan Thị Hoa", "Nguyễn Văn An", "Phạm Quốc Khánh", "Ngô Quang Vinh"))
                .containsExactly("Ngô Quang Vinh", "Nguyễn Văn An", "Phạm Quốc Khánh", "Phan Thị Hoa");
    }

    @Test
    void uy_ban_is_among_the_u_before_the_letter_u_with_horn() {
        assertThat(sorted(
                        VietnameseOrder.TEXT,
                        "Văn phòng UBND tỉnh",
                        "Ủy ban nhân dân tỉnh",
                        "Ứng Hòa",
                        "Trung tâm Phục vụ hành chính công",
                        "Uông Bí"))
                .containsExactly(
                        "Trung tâm Phục vụ hành chính công",
                        "Uông Bí",
                        "Ủy ban nhân dân tỉnh",
                        "Ứng Hòa",
                        "Văn phòng UBND tỉnh");
    }

    @Test
    void code_point_order_gets_these_wrong_which_is_why_the_comparator_exists() {
        assertThat(sorted(Comparator.naturalOrder(), "Ủy ban", "Văn phòng", "Đặng", "Dương"))
                .containsExactly("Dương", "Văn phòng", "Đặng", "Ủy ban");
    }

    @Test
    void decomposed_text_sorts_as_the_composed() {
        String decomposed = Normalizer.normalize("Đặng Quốc Bảo", Normalizer.Form.NFD);
        assertThat(sorted(VietnameseOrder.TEXT, decomposed, "Dương", "Đinh"))
                .containsExactly("Dương", decomposed, "Đinh");
    }

    @Test
    void missing_names_go_last() {
        assertThat(sorted(VietnameseOrder.TEXT, null, "Bùi", "An")).containsExactly("An", "Bùi", null);
    }

    @Test
    void the_sort_key_in_plain_order_is_the_vietnamese_order() {
        List<String> names = List.of(
                "Phan Thị Hoa", "Ủy ban nhân dân", "Đỗ Thu Trang", "Phạm Quốc Khánh", "Dương", "Ngô", "Nguyễn", "Văn");
        List<String> byKey = names.stream()
                .sorted(Comparator.comparing(VietnameseOrder::sortKey))
                .toList();
        assertThat(byKey).isEqualTo(names.stream().sorted(VietnameseOrder.TEXT).toList());
    }

    record Unit(String name) {}

    @Test
    void things_are_ordered_by_their_name() {
        List<Unit> units =
                new ArrayList<>(List.of(new Unit("Sở Y tế"), new Unit("Đài Phát thanh"), new Unit("Sở Xây dựng")));
        units.sort(VietnameseOrder.by(Unit::name));
        assertThat(units).extracting(Unit::name).containsExactly("Đài Phát thanh", "Sở Xây dựng", "Sở Y tế");
    }
}
