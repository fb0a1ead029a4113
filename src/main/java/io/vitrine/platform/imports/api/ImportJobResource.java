package io.vitrine.platform.imports.api;

import io.vitrine.platform.imports.ImportJob;
import io.vitrine.platform.imports.ImportJobs;
import io.vitrine.platform.imports.UploadTooLargeException;
import io.vitrine.platform.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/v1/imports}: a seller (session or seller-bound key) or an admin uploads a catalogue as the request body
 * and gets 202 with the job's {@code Location} at once; the import runs in the background ({@link ImportJobs}).
 */
@Path("v1/imports")
@RequestScoped
public class ImportJobResource {

    @Inject
    ImportJobs jobs;
    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a catalogue to import", description = "The body is the file (layouts: docs/imports.md); 202 with the job's Location at once.")
    @APIResponse(responseCode = "413", description = "Above vitrine.import.max-upload-bytes, or a ZIP beyond its limits")
    public Response upload(InputStream body, @QueryParam("fileName") String fileName, @QueryParam("kind") String kind,
                           @QueryParam("seller") String seller, @Context UriInfo uri) {
        ImportJob job;
        try {
            job = jobs.upload(caller.get(), fileName == null ? "upload.csv" : fileName, Optional.ofNullable(kind),
                    Optional.ofNullable(seller), body);
        } catch (UploadTooLargeException e) {
            throw new WebApplicationException(e.getMessage(), Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        return accepted(job, uri);
    }

    /** 202 with the job and its Location ({@code /api/v1/imports/{id}}); the admin's server-file import answers so too. */
    public static Response accepted(ImportJob job, UriInfo uri) {
        UriBuilder at = uri.getBaseUriBuilder().path(ImportJobResource.class).path(job.id());
        return Response.accepted(ImportJobResponse.of(job, at.clone().path("errors").build().toString()))
                .location(at.build()).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import jobs", description = "The caller's jobs (a seller's own, every job for an admin), newest first, at most 50.")
    public List<ImportJobResponse> list(@Context UriInfo uri) {
        return jobs.list(caller.get(), 50).stream().map(j -> response(j, uri)).toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An import job", description = "State, progress in percent and the counts so far.")
    @APIResponse(responseCode = "404", description = "No such job, or another seller's")
    public ImportJobResponse get(@PathParam("id") String id, @Context UriInfo uri) {
        return response(jobs.get(caller.get(), id), uri);
    }

    @GET
    @Path("{id}/errors")
    @Produces("text/csv")
    @Operation(summary = "Rejected rows of an import job", description = "CSV: line, message (one row per problem).")
    @APIResponse(responseCode = "404", description = "No such job, or another seller's")
    public Response errors(@PathParam("id") String id) {
        java.nio.file.Path file = jobs.errors(caller.get(), id);
        return Response.ok(file.toFile(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"").build();
    }

    private static ImportJobResponse response(ImportJob job, UriInfo uri) {
        return ImportJobResponse.of(job, uri.getBaseUriBuilder().path(ImportJobResource.class).path(job.id()).path("errors")
                .build().toString());
    }
}
