package com.deliverytracker.sandbox.boundary;

import com.deliverytracker.platform.SandboxSettings;
import com.deliverytracker.platform.TrackerConfig;
import com.deliverytracker.sandbox.control.SandboxTwilio;
import com.deliverytracker.sandbox.control.TwilioApiError;
import com.deliverytracker.sandbox.entity.NewMessage;
import com.deliverytracker.sandbox.entity.SandboxMessage;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sandbox's Twilio REST API, at {@code /sandbox/2010-04-01/...}: create, fetch and list messages, and give
 * Message Feedback, with Twilio's Basic authentication, form posts, JSON and error JSON. The tracker reaches it
 * with twilio-java through TWILIO_API_BASE_URL, as it reaches Twilio.
 */
@WebServlet(name = "SandboxApiServlet", urlPatterns = "/sandbox/2010-04-01/*")
public class SandboxApiServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SandboxApiServlet.class.getName());
    private static final Pattern MESSAGES = Pattern.compile("^/Accounts/([^/]+)/Messages\\.json$");
    private static final Pattern MESSAGE = Pattern.compile("^/Accounts/([^/]+)/Messages/([^/]+)\\.json$");
    private static final Pattern FEEDBACK = Pattern.compile("^/Accounts/([^/]+)/Messages/([^/]+)/Feedback\\.json$");
    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAX_PAGE_SIZE = 1000;

    @Inject
    TrackerConfig config;

    @Inject
    SandboxTwilio twilio;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            SandboxSettings sandbox = config.sandbox();
            if (!authenticated(request, sandbox)) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Twilio API\"");
                throw new TwilioApiError(401, 20003, "Authenticate");
            }
            answer(response, route(request, path, sandbox.accountSid()));
        } catch (TwilioApiError e) {
            if (e instanceof MethodNotAllowed refused) {
                response.setHeader("Allow", refused.allowed);
            }
            write(response, e.httpStatus(), TwilioJson.error(e.code(), e.getMessage(), e.httpStatus()));
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error in the sandbox's Twilio API, incident " + incident, e);
            write(response, 500, TwilioJson.error(20500, "Internal Server Error (incident " + incident + ")", 500));
        }
    }

    private record Answer(int status, JsonObject json) {
    }

    private Answer route(HttpServletRequest request, String path, String accountSid) {
        String method = request.getMethod();
        Matcher messages = MESSAGES.matcher(path);
        if (messages.matches()) {
            requireAccount(messages.group(1), accountSid, request);
            return switch (method) {
                case "POST" -> new Answer(201, TwilioJson.message(twilio.create(newMessage(request),
                        SandboxMessage.OUTBOUND_API), accountSid));
                case "GET" -> new Answer(200, list(request, accountSid));
                default -> throw notAllowed(method, "GET, POST");
            };
        }
        Matcher feedback = FEEDBACK.matcher(path);
        if (feedback.matches()) {
            requireAccount(feedback.group(1), accountSid, request);
            if (!"POST".equals(method)) {
                throw notAllowed(method, "POST");
            }
            return new Answer(201, TwilioJson.feedback(twilio.giveFeedback(feedback.group(2),
                    request.getParameter("Outcome")), accountSid));
        }
        Matcher message = MESSAGE.matcher(path);
        if (message.matches()) {
            requireAccount(message.group(1), accountSid, request);
            if (!"GET".equals(method)) {
                throw notAllowed(method, "GET");
            }
            return new Answer(200, TwilioJson.message(twilio.find(message.group(2))
                    .orElseThrow(() -> TwilioApiError.notFound(twilioPath(request))), accountSid));
        }
        throw TwilioApiError.notFound(twilioPath(request));
    }

    private JsonObject list(HttpServletRequest request, String accountSid) {
        String to = blankToNull(request.getParameter("To"));
        String from = blankToNull(request.getParameter("From"));
        int pageSize = number(request, "PageSize", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        int page = number(request, "Page", 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        List<SandboxMessage> found = twilio.list(to, from, page, pageSize);
        boolean hasNext = found.size() > pageSize;
        return TwilioJson.page(hasNext ? found.subList(0, pageSize) : found, hasNext, page, pageSize,
                p -> pageUri(accountSid, to, from, pageSize, p), accountSid);
    }

    private static String pageUri(String accountSid, String to, String from, int pageSize, int page) {
        Map<String, String> query = new LinkedHashMap<>();
        if (to != null) {
            query.put("To", to);
        }
        if (from != null) {
            query.put("From", from);
        }
        query.put("PageSize", String.valueOf(pageSize));
        query.put("Page", String.valueOf(page));
        return TwilioJson.messagesUri(accountSid) + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static NewMessage newMessage(HttpServletRequest request) {
        String[] media = request.getParameterValues("MediaUrl");
        return new NewMessage(blankToNull(request.getParameter("To")), blankToNull(request.getParameter("From")),
                blankToNull(request.getParameter("MessagingServiceSid")), request.getParameter("Body"),
                media == null ? List.of() : List.of(media), blankToNull(request.getParameter("StatusCallback")),
                "true".equalsIgnoreCase(request.getParameter("ProvideFeedback")));
    }

    private static boolean authenticated(HttpServletRequest request, SandboxSettings sandbox) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String expected = sandbox.accountSid() + ":" + sandbox.authToken();
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static void requireAccount(String inPath, String accountSid, HttpServletRequest request) {
        if (!accountSid.equals(inPath)) {
            throw TwilioApiError.notFound(twilioPath(request));
        }
    }

    private static int number(HttpServletRequest request, String name, int absent, int min, int max) {
        String value = blankToNull(request.getParameter(name));
        if (value == null) {
            return absent;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new TwilioApiError(400, 20001, name + " must be a whole number from " + min + " to " + max);
    }

    private static TwilioApiError notAllowed(String method, String allowed) {
        return new MethodNotAllowed(method, allowed);
    }

    private static final class MethodNotAllowed extends TwilioApiError {

        private final String allowed;

        MethodNotAllowed(String method, String allowed) {
            super(405, 20004, "Method " + method + " not allowed");
            this.allowed = allowed;
        }
    }

    private static String twilioPath(HttpServletRequest request) {
        return "/2010-04-01" + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    private static void answer(HttpServletResponse response, Answer answer) throws IOException {
        write(response, answer.status(), answer.json());
    }

    private static void write(HttpServletResponse response, int status, JsonObject json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.toString());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
