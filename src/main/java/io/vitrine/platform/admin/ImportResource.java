package io.vitrine.platform.admin;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.imports.ImportJob;
import io.vitrine.platform.imports.ImportJobs;
import io.vitrine.platform.imports.api.ImportJobResource;
import io.vitrine.platform.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.file.InvalidPathException;
import java.util.Optional;

/**
 * {@code POST /api/v1/admin/imports}: imports a file or folder that sits on the server (catalogues in the Kaggle
 * fashion, Flipkart or the shop's own layout, MovieLens ratings, JSON-lines events) as a background job: 202 at once
 * with the job's {@code Location} ({@code /api/v1/imports/{id}}), whose counts end with the bad rows' line numbers;
 * re-importing the same file changes nothing. {@code ImportCommand} is the command-line client of this call.
 */
@Path("v1/admin/imports")
@RequestScoped
public class ImportResource {

    /** {@code kind}: fashion, flipkart, movielens or jsonl; {@code path}: on the server; {@code seller}: optional. */
    public record ImportRequest(String kind, String path, String seller) {
    }

    @Inject
    ImportJobs jobs;
    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a catalogue or interactions from a server-side file",
            description = "Admins only. Answers 202 with the import job at once; GET its Location for the progress and "
                    + "the counts of imported, updated, duplicate and rejected rows (the rejected rows with line number "
                    + "and reason at its errors link).")
    @APIResponse(responseCode = "202", description = "Queued; Location is the job")
    public Response run(ImportRequest request, @Context UriInfo uri) {
        caller.get().requireAdmin();
        if (request == null || request.kind() == null || request.path() == null || request.path().isBlank()) {
            throw new InvalidInputException("kind and path are required");
        }
        java.nio.file.Path path;
        try {
            path = java.nio.file.Path.of(request.path());
        } catch (InvalidPathException e) {
            throw new InvalidInputException("path is not a valid file path");
        }
        ImportJob job = jobs.serverFile(caller.get(), request.kind(), path, Optional.ofNullable(request.seller()));
        return ImportJobResource.accepted(job, uri);
    }
}
