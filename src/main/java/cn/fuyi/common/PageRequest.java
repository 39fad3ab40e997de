package cn.fuyi.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page}, {@code size} and {@code sort} query parameters every list takes. */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Page index, starting at 0")
    public Integer page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(500)
    @Parameter(description = "Page size, 1 to 500")
    public Integer size;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated fields; a leading '-' sorts descending, e.g. sort=receivedDate,-caseNumber")
    public String sort;

    public PageRequest() {
    }

    public PageRequest(Integer page, Integer size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public String sort() {
        return sort;
    }

    public int offset() {
        return page * size;
    }
}
