/**
 * Reading the cloud assembly and its templates, and resolving their intrinsic functions to local names, URLs and
 * ARNs. Read {@link dev.tandem.localcloud.stack.template.CloudAssembly} first, then {@link
 * dev.tandem.localcloud.stack.template.Intrinsics}.
 */
package dev.tandem.localcloud.stack.template;
