/**
 * The built-in Twilio sandbox (docs/sandbox.md): in sandbox mode the tracker sends to a fake Twilio it serves
 * itself, in Twilio's wire format, which plays each message's life with signed status callbacks. It also plays
 * inbound messages and bursts of traffic. Outside sandbox mode none of it answers.
 */
package com.deliverytracker.sandbox;
