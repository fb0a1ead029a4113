package io.vitrine.platform.admin;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.imports.ImportReport;
import io.vitrine.platform.imports.ImportService;
import io.vitrine.platform.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.file.InvalidPathException;
import java.util.Optional;

/**
 * {@code POST /api/v1/admin/imports}: imports a file or folder that sits on the server (catalogues in the Kaggle
 * fashion or Flipkart layout, MovieLens ratings, JSON-lines events). Bad rows come back with their line numbers;
 * re-importing the same file changes nothing. {@code ImportCommand} is the command-line client of this call.
 */
@Path("v1/admin/imports")
@RequestScoped
public class ImportResource {

    /** {@code kind}: fashion, flipkart, movielens or jsonl; {@code path}: on the server; {@code seller}: optional. */
    public record ImportRequest(String kind, String path, String seller) {
    }

    @Inject
    ImportService imports;
    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a catalogue or interactions from a server-side file",
            description = "Admins only. The report counts imported, updated, duplicate and rejected rows, with the line "
                    + "number and reason of each rejected row.")
    public ImportReport run(ImportRequest request) {
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
        return imports.run(request.kind(), path, Optional.ofNullable(request.seller()).filter(s -> !s.isBlank()));
    }
}
