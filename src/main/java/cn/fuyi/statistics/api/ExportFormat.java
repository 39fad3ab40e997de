package cn.fuyi.statistics.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.fuyi.common.ApiException;
import cn.fuyi.statistics.export.Csv;
import cn.fuyi.statistics.export.Xlsx;

/** The {@code format} query parameter: an answer as JSON, or a table as CSV or XLSX. */
public enum ExportFormat {
    JSON("application/json", "json"),
    CSV(Csv.MEDIA_TYPE + "; charset=UTF-8", "csv"),
    XLSX(Xlsx.MEDIA_TYPE, "xlsx");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    static ExportFormat parse(String value, ExportFormat absent, ExportFormat... allowed) {
        List<ExportFormat> choices = allowed.length == 0 ? List.of(values()) : List.of(allowed);
        if (value == null || value.isEmpty()) {
            return absent;
        }
        return choices.stream().filter(f -> f.extension.equals(value.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> ApiException.badRequest("STATISTICS_FORMAT_UNKNOWN", value,
                        Arrays.stream(allowed.length == 0 ? values() : allowed).map(f -> f.extension).toList()));
    }
}
