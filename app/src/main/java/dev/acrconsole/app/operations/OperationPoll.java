package dev.acrconsole.app.operations;

import java.time.Instant;

/**
 * One exchange with ARM about an operation (its request, or a poll) as the details view lists it: when, and what came
 * back in words (HTTP status, state, ARM's error). No body is kept: a poll's answer can carry the resource with its
 * secrets.
 */
public record OperationPoll(Instant at, String request, String answer) {}
