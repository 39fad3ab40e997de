package cn.fuyi.statistics.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import cn.fuyi.common.ApiException;
import cn.fuyi.organ.OrganService;
import cn.fuyi.statistics.Period;
import cn.fuyi.statistics.Scope;
import cn.fuyi.statistics.Variants;

/** The query parameters every statistics request takes: scope, period, definition variants and output format. */
public class StatisticsRequest {

    @QueryParam("organId")
    @Parameter(description = "The reconsideration organ; absent: every organ")
    public Long organId;

    @QueryParam("includeSubordinates")
    @Parameter(description = "With organId: count the cases of every organ below it as well (default false: the organ's own cases)")
    public Boolean includeSubordinates;

    @QueryParam("year")
    @Parameter(description = "Calendar year; with quarter, a quarter of it. Use either year (and quarter) or from and to.")
    public Integer year;

    @QueryParam("quarter")
    @Parameter(description = "1 to 4, with year")
    public Integer quarter;

    @QueryParam("from")
    @Parameter(description = "First day of a range (with to), yyyy-MM-dd")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Last day of a range (with from), included")
    public LocalDate to;

    @QueryParam("variant")
    @Parameter(description = "Definition variants, rateId:variantId, repeated or comma-separated, e.g. correction.direct:accepted; "
            + "rates not named use their default (see /api/v1/statistics/definitions)")
    public List<String> variant;

    @QueryParam("format")
    @Parameter(description = "json (default), csv (UTF-8 with BOM, RFC 4180) or xlsx")
    public String format;

    public Period period() {
        return Period.parse(year, quarter, from, to);
    }

    /**
     * The organs counted, limited to the caller's: an organ outside the caller's scope answers 404 like a missing
     * one, subordinate organs outside it are left out, and "every organ" means every organ the caller may see.
     */
    public Scope scope(OrganService organs, cn.fuyi.security.UserScope user) {
        boolean subordinates = Boolean.TRUE.equals(includeSubordinates);
        if (organId == null) {
            if (includeSubordinates != null) {
                throw ApiException.badRequest("STATISTICS_SUBORDINATES_WITHOUT_ORGAN");
            }
            Scope all = Scope.all();
            return user.allOrgans() ? all
                    : all.limitedTo(user::seesOrgan);
        }
        if (!user.seesOrgan(organId)) {
            throw ApiException.notFound("ORGAN_NOT_FOUND", organId);
        }
        Scope s = Scope.of(organs.organ(organId), subordinates);
        return user.allOrgans() ? s : s.limitedTo(user::seesOrgan);
    }

    /** The variants chosen, for the rates of the reconsideration statistics or of the litigation statistics. */
    public Variants variants(boolean litigation) {
        return Variants.parse(variant, litigation);
    }

    /** For answers that are JSON only (the report text): any other format asked for is a 400. */
    public void requireJson() {
        if (format != null && !format.equalsIgnoreCase("json")) {
            throw ApiException.badRequest("STATISTICS_FORMAT_UNKNOWN", format, List.of("json"));
        }
    }

    public ExportFormat format() {
        return ExportFormat.parse(format, ExportFormat.JSON);
    }
}
