package com.deliverytracker.messages.boundary;

import com.deliverytracker.errors.ErrorCatalogue;
import com.deliverytracker.messages.control.FeedbackReporter;
import com.deliverytracker.messages.control.MessagePage;
import com.deliverytracker.messages.control.MessageQueries;
import com.deliverytracker.messages.control.MessageSender;
import com.deliverytracker.messages.control.PageCursor;
import com.deliverytracker.messages.control.SendResult;
import com.deliverytracker.messages.entity.FeedbackOutcome;
import com.deliverytracker.messages.entity.Message;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Path("messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

    @Inject
    MessageSender sender;

    @Inject
    MessageQueries queries;

    @Inject
    ErrorCatalogue errors;

    @Inject
    FeedbackReporter feedback;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(@NotNull(message = "a JSON body is required") @Valid SendMessageRequest request,
                         @HeaderParam("Idempotency-Key")
                         @Size(min = 1, max = 255, message = "must be 1 to 255 characters") String idempotencyKey,
                         @Context SecurityContext caller, @Context UriInfo uri) {
        SendResult result = sender.send(request.toCommand(), caller.getUserPrincipal().getName(),
                Optional.ofNullable(idempotencyKey));
        Message message = result.message();
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(uri.getBaseUriBuilder().path("messages").path(message.id()).build())
                .entity(MessageJson.of(message, List.of(), errors))
                .build();
    }

    @GET
    @Path("{id}")
    public MessageJson byId(@PathParam("id") String idOrSid) {
        return withReplies(List.of(queries.byIdOrSid(idOrSid))).get(0);
    }

    /** Gives Twilio feedback on the message (Message Feedback API) and answers the message with it recorded. */
    @POST
    @Path("{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    public MessageJson feedback(@PathParam("id") String idOrSid,
                                @NotNull(message = "a JSON body is required") @Valid FeedbackRequest request) {
        FeedbackOutcome outcome = FeedbackOutcome.fromWire(request.outcome).orElseThrow();
        Message message = feedback.report(idOrSid, outcome).message();
        return withReplies(List.of(message)).get(0);
    }

    @GET
    @Path("{id}/events")
    public List<StatusEventJson> events(@PathParam("id") String idOrSid) {
        Message message = queries.byIdOrSid(idOrSid);
        return queries.history(message.id()).stream().map(StatusEventJson::of).toList();
    }

    @GET
    public MessagePageJson list(@BeanParam ListParameters parameters) {
        MessagePage page = queries.list(parameters.toFilter());
        return new MessagePageJson(withReplies(page.items()), page.next().map(PageCursor::encode).orElse(null));
    }

    private List<MessageJson> withReplies(List<Message> messages) {
        Map<String, List<String>> replies = queries.repliesTo(messages.stream().map(Message::id).toList());
        return messages.stream().map(m -> MessageJson.of(m, replies.getOrDefault(m.id(), List.of()), errors)).toList();
    }
}
