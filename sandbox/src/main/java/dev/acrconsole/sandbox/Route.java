package dev.acrconsole.sandbox;

/** One endpoint: an HTTP method on a path template, the api-versions it takes, and its handler. */
record Route(String method, PathPattern pattern, ApiVersions versions, Handler handler) {
}
