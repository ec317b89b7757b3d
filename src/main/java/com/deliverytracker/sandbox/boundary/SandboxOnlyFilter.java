package com.deliverytracker.sandbox.boundary;

import com.deliverytracker.platform.Problem;
import com.deliverytracker.platform.ProblemWriter;
import com.deliverytracker.platform.TrackerConfig;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Outside sandbox mode nothing under /sandbox exists: with real credentials the sandbox cannot be reached. */
@WebFilter(filterName = "SandboxOnlyFilter", urlPatterns = "/sandbox/*", asyncSupported = true)
public class SandboxOnlyFilter extends HttpFilter {

    @Inject
    TrackerConfig config;

    @Inject
    ProblemWriter problems;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (config.isSandbox()) {
            chain.doFilter(request, response);
            return;
        }
        problems.write(response, Problem.of(404, "not-found", "Not Found",
                "The sandbox exists only in sandbox mode (docs/sandbox.md); this tracker talks to Twilio."));
    }
}
