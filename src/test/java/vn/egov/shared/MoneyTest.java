package vn.egov.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void vietnamese_groups_with_dots_and_writes_dong_after_the_amount() {
        assertThat(Money.format(5_000, Languages.VIETNAMESE)).isEqualTo("5.000 đồng");
        assertThat(Money.format(1_500_000, Languages.VIETNAMESE)).isEqualTo("1.500.000 đồng");
        assertThat(Money.format(800, Languages.VIETNAMESE)).isEqualTo("800 đồng");
    }

    @Test
    void english_groups_with_commas_and_writes_vnd_before_the_amount() {
        assertThat(Money.format(5_000, Locale.ENGLISH)).isEqualTo("VND 5,000");
        assertThat(Money.format(1_500_000, Locale.UK)).isEqualTo("VND 1,500,000");
    }
}
