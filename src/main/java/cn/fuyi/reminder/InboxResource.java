package cn.fuyi.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fuyi.common.PageRequest;
import cn.fuyi.common.PageResult;
import cn.fuyi.common.Problem;
import cn.fuyi.reminder.ReminderViews.InboxCount;
import cn.fuyi.reminder.ReminderViews.InboxItem;

/** The caller's in-app inbox of deadline reminders. */
@Path("/api/v1/inbox")
@Tag(name = "Reminders", description = "Deadline reminders: the caller's inbox and preferences, and the stored reminders")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    ReminderService service;

    @RolesAllowed({ "clerk", "reviewer" })
    @GET
    @Operation(summary = "The caller's inbox", description = "Newest first; unread=true for the unread ones only")
    @APIResponse(responseCode = "200", description = "One page of reminders")
    public PageResult<InboxItem> list(
            @QueryParam("unread") @Parameter(description = "true: unread only; false: read only") Boolean unread,
            @Valid @BeanParam PageRequest page) {
        return service.inbox(unread, page);
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @GET
    @Path("/unread-count")
    @Operation(summary = "How many reminders in the caller's inbox are unread")
    @APIResponse(responseCode = "200", description = "The count", content = @Content(schema = @Schema(implementation = InboxCount.class)))
    public InboxCount unreadCount() {
        return new InboxCount(service.unreadCount());
    }

    @RolesAllowed({ "clerk", "reviewer" })
    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark a reminder read", description = "Marking it again changes nothing")
    @APIResponse(responseCode = "200", description = "The reminder, read", content = @Content(schema = @Schema(implementation = InboxItem.class)))
    @APIResponse(responseCode = "404", description = "Not in the caller's inbox (REMINDER_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InboxItem markRead(@PathParam("id") long id) {
        return service.markRead(id);
    }
}
