/**
 * The whole run behind {@code ./run-local}: the emulators, the deployed template, the functions and the service, with
 * the command-line options that shape it. Read {@link dev.tandem.localcloud.run.TandemLocal} first.
 */
package dev.tandem.localcloud.run;
