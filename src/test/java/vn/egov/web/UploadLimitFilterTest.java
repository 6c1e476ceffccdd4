package vn.egov.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class UploadLimitFilterTest {

    @Test
    void the_platform_does_not_start_with_a_container_ceiling_below_its_own_file_limit() {
        assertThatThrownBy(() -> UploadLimitFilter.checkCeiling(DataSize.ofMegabytes(50), DataSize.ofMegabytes(40)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EGOV_UPLOAD_CONTAINER_MAX_FILE_SIZE")
                .hasMessageContaining("EGOV_UPLOAD_MAX_FILE_SIZE");
    }

    @Test
    void a_ceiling_at_or_above_the_limit_or_unlimited_starts() {
        assertThatCode(() -> UploadLimitFilter.checkCeiling(DataSize.ofMegabytes(20), DataSize.ofMegabytes(40)))
                .doesNotThrowAnyException();
        assertThatCode(() -> UploadLimitFilter.checkCeiling(DataSize.ofMegabytes(20), DataSize.ofMegabytes(20)))
                .doesNotThrowAnyException();
        assertThatCode(() -> UploadLimitFilter.checkCeiling(DataSize.ofMegabytes(20), DataSize.ofBytes(-1)))
                .doesNotThrowAnyException();
    }
}
