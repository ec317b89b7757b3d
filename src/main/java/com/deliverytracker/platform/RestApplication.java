package com.deliverytracker.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API for enterprise systems lives under /api; Twilio's webhooks are servlets under /twilio. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
