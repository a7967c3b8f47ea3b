package dev.tandem.localcloud.stack.template;

import java.util.Locale;

/** Physical names for resources whose template leaves the name to CloudFormation. */
public final class Names {

    private Names() {}

    /**
     * A name derived from the stack and logical id, as CloudFormation derives one (without its
     * random suffix: a local run has one copy of each stack), cut to {@code maxLength}.
     */
    public static String generated(Template.Resource resource, int maxLength, boolean lowerCase) {
        String name = (resource.stackName() + "-" + resource.logicalId()).replaceAll("[^A-Za-z0-9-]", "-");
        if (lowerCase) {
            name = name.toLowerCase(Locale.ROOT);
        }
        return name.length() <= maxLength ? name : name.substring(name.length() - maxLength);
    }
}
