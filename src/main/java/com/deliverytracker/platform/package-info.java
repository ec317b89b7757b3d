/**
 * What every feature leans on: configuration, API-key authentication, RFC 9457 error mapping and the schema
 * migrations run at deployment. Nothing here knows about messages or Twilio.
 */
package com.deliverytracker.platform;
