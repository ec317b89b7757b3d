/**
 * Messages and their history: sending through Twilio without losing or doubling anything, the status
 * model, and the REST resource enterprise systems call.
 */
package com.deliverytracker.messages;
