package com.deliverytracker.messages.entity;

/** One media attachment; the content type is known for inbound media only. */
public record MediaItem(String url, String contentType) {
}
