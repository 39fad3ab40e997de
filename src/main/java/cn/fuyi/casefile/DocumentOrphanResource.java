package cn.fuyi.casefile;

import java.time.Duration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The consistency check between document rows and stored objects, for auditors and administrators. */
@Path("/api/v1/documents/orphans")
@Tag(name = "Case-file documents", description = "案卷材料 — documents of reconsideration cases and lawsuits")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class DocumentOrphanResource {

    @Inject
    DocumentService service;

    @RolesAllowed({ "auditor", "admin" })
    @GET
    @Operation(summary = "Rows and stored objects that disagree", description = "Document rows whose object is missing, "
            + "and stored objects no row names. Objects younger than minAgeMinutes are left out: an upload under way "
            + "stores its object just before its row commits.")
    @APIResponse(responseCode = "200", description = "The report; both lists empty when consistent")
    public OrphanReport orphans(@QueryParam("minAgeMinutes") @DefaultValue("60") @Min(0) int minAgeMinutes) {
        return service.orphans(Duration.ofMinutes(minAgeMinutes));
    }
}
