package dev.tandem.localcloud.faults;

/** A fault rule that cannot be applied as written; {@link #field()} names the member at fault. */
public final class InvalidFaultRuleException extends IllegalArgumentException {

    private final String field;
    private final String problem;

    public InvalidFaultRuleException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The offending member, as a path into the JSON: {@code times}, or {@code faults[1].times} for a list. */
    public String field() {
        return field;
    }

    /** What is wrong with the member, without its name. */
    public String problem() {
        return problem;
    }

    /** The same problem, with the member's path prefixed by where its rule sits: {@code faults[1]}. */
    InvalidFaultRuleException within(String prefix) {
        return new InvalidFaultRuleException(prefix + "." + field, problem);
    }
}
