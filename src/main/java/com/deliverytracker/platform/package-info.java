/**
 * What every feature leans on: configuration, API-key authentication and RFC 9457 error mapping.
 * Nothing here knows about messages or Twilio.
 */
package com.deliverytracker.platform;
