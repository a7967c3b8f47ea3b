/**
 * The JUnit 5 extension that gives a test class a running local-cloud and SDK clients of it: {@link
 * dev.tandem.localcloud.junit.LocalAwsExtension}.
 */
package dev.tandem.localcloud.junit;
