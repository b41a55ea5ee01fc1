package dev.greenlight.cli;

/**
 * How a command prints its result: a table for people or one JSON object for scripts. As an enum, picocli rejects
 * any other value with the list of valid ones.
 */
enum OutputFormat { table, json }
