package cn.fuyi.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;
import cn.fuyi.reminder.ReminderViews.ReminderRecord;

/** The stored reminders of the caller's organs and how each delivery went: for reviewers and auditors. */
@Path("/api/v1/reminders")
@Tag(name = "Reminders")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderRecordResource {

    @Inject
    ReminderService service;

    @RolesAllowed({ "reviewer", "auditor" })
    @GET
    @Operation(summary = "List stored reminders", description = "Every channel, with status, attempts and the last failure's reason")
    @APIResponse(responseCode = "200", description = "One page of reminders")
    public PageResult<ReminderRecord> list(
            @QueryParam("subjectType") @Parameter(description = "RECONSIDERATION_CASE, LAWSUIT, RECOMMENDATION, RECTIFICATION or DIGEST") String subjectType,
            @QueryParam("subjectId") Long subjectId, @QueryParam("recipient") String recipient,
            @QueryParam("status") ReminderStatus status, @QueryParam("channel") ReminderChannel channel,
            @Valid @BeanParam PageRequest page) {
        return service.records(subjectType, subjectId, recipient, status, channel, page);
    }
}
