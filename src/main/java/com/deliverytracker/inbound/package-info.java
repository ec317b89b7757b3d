/**
 * Inbound messages: the TwiML servlet Twilio calls when a message comes in, opt-out keywords, and the
 * pluggable reply policy. Replies are tracked through their action URL like every other message.
 */
package com.deliverytracker.inbound;
