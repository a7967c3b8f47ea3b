/**
 * local-cloud: AWS on one machine for the template CDK synthesizes. {@link dev.tandem.localcloud.LocalAws}, the class
 * to read first, starts the emulators behind one edge; the sub-packages hold each service, IAM, the deployment of
 * the template and the run that ties them together.
 */
package dev.tandem.localcloud;
