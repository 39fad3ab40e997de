package cn.fuyi.reconsideration.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import cn.fuyi.reconsideration.CaseState;

/** The filters of the case list and the clerk's worklist. */
public class CaseFilter {

    @QueryParam("state")
    @Parameter(description = "One or more states (repeat the parameter)")
    public List<CaseState> state;

    @QueryParam("organId")
    @Parameter(description = "Cases of this organ")
    public Long organId;

    @QueryParam("includeSubordinates")
    @Parameter(description = "With organId: include the cases of its subordinate organs")
    public boolean includeSubordinates;

    @QueryParam("respondentId")
    public Long respondentId;

    @QueryParam("actCategory")
    @Parameter(description = "Code from the ACT_CATEGORY list")
    public String actCategory;

    @QueryParam("actDomain")
    @Parameter(description = "Code from the DOMAIN list")
    public String actDomain;

    @QueryParam("clerk")
    @Parameter(description = "Username of the clerk")
    public String clerk;

    @QueryParam("assignedToMe")
    @Parameter(description = "Only cases whose clerk is the current user")
    public boolean assignedToMe;

    @QueryParam("receivedFrom")
    @Parameter(description = "Received on or after this date")
    public LocalDate receivedFrom;

    @QueryParam("receivedTo")
    @Parameter(description = "Received on or before this date")
    public LocalDate receivedTo;

    @QueryParam("overdue")
    @Parameter(description = "true: only cases whose next deadline has passed; false: only those whose has not")
    public Boolean overdue;

    @QueryParam("dueWithinDays")
    @Min(0)
    @Max(3660)
    @Parameter(description = "Only cases whose next deadline falls within this many days from asOf (overdue ones included)")
    public Integer dueWithinDays;

    @QueryParam("asOf")
    @Parameter(description = "The day to judge deadlines on (default: today in Asia/Shanghai)")
    public LocalDate asOf;

    @QueryParam("q")
    @Size(max = 100)
    @Parameter(description = "Part of a case number or of an applicant's name")
    public String q;
}
