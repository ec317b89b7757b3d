/**
 * The only package that speaks twilio-java: the REST adapter ({@link com.deliverytracker.twilio.TwilioGateway})
 * and webhook signature checks. Everything it returns is our own type.
 */
package com.deliverytracker.twilio;
