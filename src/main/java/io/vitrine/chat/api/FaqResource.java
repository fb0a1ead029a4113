package io.vitrine.chat.api;

import io.vitrine.platform.api.Requests;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.faq.FaqEntry;
import io.vitrine.chat.faq.FaqService;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * {@code /api/v1/admin/chat/faq}: the FAQ / policy pages the assistant answers from. Admins list, replace and delete
 * them; every change is searchable at once and retrains the intent model at the next check. Its admin tag and key
 * requirement in {@code /openapi} come from the authorization table ({@code platform/security/AdminOpenApi}).
 */
@Path("v1/admin/chat/faq")
// stateless, so one instance serves every request: Payara makes a request-scoped bean at a cost on each request
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class FaqResource {

    /** An entry: {@code intent} is the assistant intent it answers (returns, payment_methods...), {@code lang} en or fr. */
    public record FaqRequest(String intent, String lang, String question, String answer) {
    }

    public record FaqResponse(String id, String intent, String lang, String question, String answer, Instant updatedAt) {

        static FaqResponse of(FaqEntry e) {
            return new FaqResponse(e.id(), e.intent(), e.lang().code(), e.question(), e.answer(), e.updatedAt());
        }
    }

    @Inject
    FaqService faq;
    @Inject
    CurrentCaller caller;

    private final Clock clock = Clock.systemUTC();

    @GET
    @Operation(summary = "List the FAQ / policy entries")
    public List<FaqResponse> list() {
        caller.get().requireAdmin();
        return faq.all().stream().map(FaqResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One FAQ / policy entry")
    public FaqResponse get(@PathParam("id") String id) {
        caller.get().requireAdmin();
        return faq.find(id).map(FaqResponse::of).orElseThrow(() -> new NotFoundException("no FAQ entry " + id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a FAQ / policy entry",
            description = "id: lower-case letters, digits and dashes. The answer is plain text (at most 4000 characters).")
    public FaqResponse put(@PathParam("id") String id, FaqRequest request) {
        caller.get().requireAdmin();
        Requests.body(request, "a JSON body {intent, lang, question, answer} is required");
        ChatLanguage lang = ChatLanguage.fromCode(request.lang()).orElseThrow(() -> new InvalidInputException("lang must be en or fr"));
        return FaqResponse.of(faq.save(caller.get(), new FaqEntry(id, request.intent(), lang, request.question(), request.answer(),
                clock.instant())));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a FAQ / policy entry")
    public Response delete(@PathParam("id") String id) {
        caller.get().requireAdmin();
        faq.delete(caller.get(), id);
        return Response.noContent().build();
    }
}
