/**
 * Deploys the synthesized cloud assembly through the services' own APIs. Read {@link
 * dev.tandem.localcloud.stack.AssemblyDeployment} first, then {@link dev.tandem.localcloud.stack.StackDeployer},
 * which hands each resource of a stack to its provisioner ({@code provision}) once its references resolve
 * ({@code template}).
 */
package dev.tandem.localcloud.stack;
