/**
 * The EC2 service as one child process with the environment its instance user data would give it. Read {@link
 * dev.tandem.localcloud.service.ServiceHost} first.
 */
package dev.tandem.localcloud.service;
