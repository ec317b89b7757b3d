/** The REST resource for enterprise systems: send a message, read it, its history, and lists of messages. */
package com.deliverytracker.messages.boundary;
