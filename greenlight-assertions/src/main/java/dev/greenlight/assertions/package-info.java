/**
 * AssertJ assertions for model tests: {@link dev.greenlight.assertions.GreenlightAssertions}. Public API.
 */
package dev.greenlight.assertions;
