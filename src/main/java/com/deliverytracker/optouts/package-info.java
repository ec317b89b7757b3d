/**
 * Opt-outs: who said STOP (and who said START since). Sends to an opted-out number are refused before
 * Twilio is called.
 */
package com.deliverytracker.optouts;
