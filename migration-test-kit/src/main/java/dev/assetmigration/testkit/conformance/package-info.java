/**
 * The SPI conformance kit: abstract JUnit classes a provider author extends with a factory for
 * the workspace under test. Each test is one rule of {@code docs/spi-rules.md}, and its display
 * name starts with the rule number.
 */
@NullMarked
package dev.assetmigration.testkit.conformance;

import org.jspecify.annotations.NullMarked;
