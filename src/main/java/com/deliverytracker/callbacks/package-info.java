/**
 * Twilio's status webhooks: a signed callback becomes an event in its message's history. Messages we never
 * sent (another system's, a TwiML reply) are discovered from their first callback.
 */
package com.deliverytracker.callbacks;
