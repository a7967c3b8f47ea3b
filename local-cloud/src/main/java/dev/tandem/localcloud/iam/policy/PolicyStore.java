package dev.tandem.localcloud.iam.policy;

import dev.tandem.localcloud.iam.IamAuthorizer;
import dev.tandem.localcloud.iam.IamReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The template's IAM, as deployed: each role with its inline and managed policies, the customer managed policies,
 * the instance profiles, the resource policies of queues and buckets, and which role each function and the
 * instances run as. Filled while the template is deployed; read by {@link IamAuthorizer} and {@link IamReport}.
 *
 * <p>AWS managed policies (e.g. {@code AWSLambdaBasicExecutionRole}) are not available offline: a role keeps their
 * ARNs, but they grant nothing here. Tandem's roles use them only for actions local-cloud does not serve (CloudWatch
 * Logs, Systems Manager).
 */
public final class PolicyStore {

    private static final String AWS_MANAGED_PREFIX = "arn:aws:iam::aws:policy/";

    private final Map<String, Role> rolesByName = new ConcurrentHashMap<>();
    private final Map<String, NamedPolicy> managedPolicies = new ConcurrentHashMap<>();
    private final Map<String, List<NamedPolicy>> resourcePolicies = new ConcurrentHashMap<>();
    private final Map<String, List<String>> instanceProfiles = new ConcurrentHashMap<>();
    private final Map<String, String> functionRoles = new ConcurrentHashMap<>();
    private final List<String> instanceRoles = new CopyOnWriteArrayList<>();

    private record Role(String name, String arn, Map<String, PolicyDocument> inline, List<String> managed) {}

    /** A role ({@code AWS::IAM::Role}) with the ARNs of the managed policies it lists. */
    public void putRole(String name, String arn, List<String> managedPolicyArns) {
        rolesByName.put(
                name, new Role(name, arn, new ConcurrentHashMap<>(), new CopyOnWriteArrayList<>(managedPolicyArns)));
    }

    public boolean hasRoleNamed(String name) {
        return rolesByName.containsKey(name);
    }

    /** Puts an inline policy on a role ({@code AWS::IAM::Policy}, or a role's own {@code Policies}). */
    public void putRolePolicy(String roleName, String policyName, PolicyDocument document) {
        role(roleName).inline().put(policyName, document);
    }

    /** A customer managed policy ({@code AWS::IAM::ManagedPolicy}). */
    public void putManagedPolicy(String arn, String name, PolicyDocument document) {
        managedPolicies.put(arn, new NamedPolicy(name, document));
    }

    public void attachManagedPolicy(String roleName, String policyArn) {
        role(roleName).managed().add(policyArn);
    }

    /** An instance profile and the names of its roles, by the profile's ARN and by its name. */
    public void putInstanceProfile(String arn, String name, List<String> roleNames) {
        instanceProfiles.put(arn, List.copyOf(roleNames));
        instanceProfiles.put(name, List.copyOf(roleNames));
    }

    /** A queue's or bucket's policy ({@code AWS::SQS::QueuePolicy}, {@code AWS::S3::BucketPolicy}). */
    /**
     * Sets a resource's policy as a {@code SetQueueAttributes} or {@code PutBucketPolicy} does: it replaces whatever
     * policy the resource had.
     */
    public void replaceResourcePolicy(String resourceArn, String policyName, PolicyDocument document) {
        resourcePolicies.put(resourceArn, new CopyOnWriteArrayList<>(List.of(new NamedPolicy(policyName, document))));
    }

    public void putResourcePolicy(String resourceArn, String policyName, PolicyDocument document) {
        resourcePolicies
                .computeIfAbsent(resourceArn, arn -> new CopyOnWriteArrayList<>())
                .add(new NamedPolicy(policyName, document));
    }

    /** Records that the function named so runs as the role with this ARN (the function's {@code Role}). */
    public void assignFunctionRole(String functionName, String roleArn) {
        functionRoles.put(functionName, roleArn);
    }

    /** Records that the instances run as this role (through their launch template's instance profile). */
    public void assignInstanceRole(String roleArn) {
        if (!instanceRoles.contains(roleArn)) {
            instanceRoles.add(roleArn);
        }
    }

    public Optional<String> roleOfFunction(String functionName) {
        return Optional.ofNullable(functionRoles.get(functionName));
    }

    /** The ARN of the (first) role of an instance profile, by the profile's ARN or name. */
    public Optional<String> roleOfInstanceProfile(String profileArnOrName) {
        return Optional.ofNullable(instanceProfiles.get(profileArnOrName))
                .flatMap(names -> names.stream().findFirst())
                .flatMap(this::roleArnOfName);
    }

    /** The roles the instances run as; Tandem's one Auto Scaling group gives one. */
    public List<String> instanceRoles() {
        return List.copyOf(instanceRoles);
    }

    /** The principal a role's credentials stand for, named by the role's name. */
    public Optional<Principal> principalOfRole(String roleArn) {
        return roleByArn(roleArn).map(role -> new Principal(Principal.Kind.ROLE, role.arn(), role.name()));
    }

    /** The role ARNs that a function or the instances run as: the ones whose unused grants matter. */
    public List<String> workloadRoles() {
        List<String> roles = new ArrayList<>(functionRoles.values());
        instanceRoles.stream().filter(role -> !roles.contains(role)).forEach(roles::add);
        return roles;
    }

    public boolean hasRole(String roleArn) {
        return roleByArn(roleArn).isPresent();
    }

    /**
     * The role's inline policies and customer managed policies, each named {@code <role>/<policy>}; AWS managed ones
     * are left out (see above).
     */
    public List<NamedPolicy> identityPolicies(String roleArn) {
        List<NamedPolicy> policies = new ArrayList<>();
        roleByArn(roleArn).ifPresent(role -> {
            role.inline()
                    .forEach((name, document) -> policies.add(new NamedPolicy(role.name() + "/" + name, document)));
            role.managed().stream()
                    .map(managedPolicies::get)
                    .filter(policy -> policy != null)
                    .map(policy -> new NamedPolicy(role.name() + "/" + policy.name(), policy.document()))
                    .forEach(policies::add);
        });
        return policies;
    }

    /** The AWS managed policies a role lists, which grant nothing here. */
    public List<String> unavailableManagedPolicies(String roleArn) {
        return roleByArn(roleArn).stream()
                .flatMap(role -> role.managed().stream())
                .filter(arn -> arn.startsWith(AWS_MANAGED_PREFIX) && !managedPolicies.containsKey(arn))
                .toList();
    }

    /** The policies of the resource an access names (an object's are its bucket's), named {@code <ARN> <policy>}. */
    List<NamedPolicy> resourcePoliciesFor(String resourceArn) {
        String owner = resourceArn;
        if (resourceArn.startsWith("arn:aws:s3:::") && resourceArn.indexOf('/') > 0) {
            owner = resourceArn.substring(0, resourceArn.indexOf('/'));
        }
        String holder = owner;
        return resourcePolicies.getOrDefault(owner, List.of()).stream()
                .map(policy -> new NamedPolicy(holder + " " + policy.name(), policy.document()))
                .toList();
    }

    private Optional<String> roleArnOfName(String name) {
        return Optional.ofNullable(rolesByName.get(name)).map(Role::arn);
    }

    private Optional<Role> roleByArn(String arn) {
        return rolesByName.values().stream()
                .filter(role -> role.arn().equals(arn))
                .findFirst();
    }

    private Role role(String name) {
        Role role = rolesByName.get(name);
        if (role == null) {
            throw new IllegalArgumentException("no role named " + name);
        }
        return role;
    }
}
