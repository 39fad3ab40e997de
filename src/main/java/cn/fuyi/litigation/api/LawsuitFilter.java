package cn.fuyi.litigation.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import cn.fuyi.litigation.Instance;
import cn.fuyi.litigation.LawsuitState;
import cn.fuyi.litigation.outcome.Outcome;

/** Filters of the lawsuit list and worklist. */
public class LawsuitFilter {

    @QueryParam("state")
    public List<LawsuitState> state;
    @QueryParam("instance")
    public Instance instance;
    @QueryParam("organId")
    public Long organId;
    @QueryParam("includeSubordinates")
    public boolean includeSubordinates;
    @QueryParam("respondentId")
    @Parameter(description = "Suits in which this agency is a defendant")
    public Long respondentId;
    @QueryParam("actCategory")
    public String actCategory;
    @QueryParam("actDomain")
    public String actDomain;
    @QueryParam("outcome")
    public Outcome outcome;
    @QueryParam("lost")
    @Parameter(description = "true: suits the agency lost; false: decided suits it did not lose. With respondentId, that agency's "
            + "own outcome, which in a suit with co-defendants may differ from the suit's (法释〔2018〕1号 art. 136)")
    public Boolean lost;
    @QueryParam("reconsiderationCaseId")
    public Long reconsiderationCaseId;
    @QueryParam("filedFrom")
    public LocalDate filedFrom;
    @QueryParam("filedTo")
    public LocalDate filedTo;
    @QueryParam("overdue")
    public Boolean overdue;
    @QueryParam("dueWithinDays")
    @Min(0)
    @Max(3660)
    public Integer dueWithinDays;
    @QueryParam("asOf")
    public LocalDate asOf;
    @QueryParam("q")
    @Size(max = 100)
    @Parameter(description = "Part of a court case number or of a plaintiff's name")
    public String q;
}
