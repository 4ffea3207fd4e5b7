package io.mentorfeed.api.http;

import io.javalin.http.HandlerType;
import io.javalin.http.Handler;

/** One route the server declares; the list of them is what the OpenAPI document is checked against. */
record Route(HandlerType method, String path, Handler handler) {
}
