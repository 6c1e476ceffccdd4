package vn.egov.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExportTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+84912345678", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "'=1+1"})
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text_and_reads_back_as_it_was(String value) {
        byte[] file = CsvExport.bytes(List.of("giá trị"), csv -> csv.row(value));

        String written =
                new String(file, StandardCharsets.UTF_8).lines().toList().get(1);
        assertThat(written.replace("\"", "")).startsWith("'");
        assertThat(TabularFile.read("x.csv", file).rows().getFirst().get("giá trị"))
                .isEqualTo(value.strip());
    }

    @Test
    void ordinary_text_and_numbers_are_written_as_they_are() {
        byte[] file = CsvExport.bytes(
                List.of("stt", "tên", "ghi chú"), csv -> csv.row(-5, "Nguyễn Văn A", "'trích dẫn' thường"));

        assertThat(new String(file, StandardCharsets.UTF_8))
                .startsWith("\uFEFFstt,tên,ghi chú\r\n")
                .contains("-5,Nguyễn Văn A,'trích dẫn' thường");
    }
}
