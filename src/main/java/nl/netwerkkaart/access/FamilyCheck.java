package nl.netwerkkaart.access;

import java.util.HashMap;
import java.util.Map;

/**
 * The family access rule as a Cypher condition, for a read statement to carry so that the check and the read are one
 * statement and one round trip. Only {@link FamilyGate} hands one out, to the read it then audits; the statement
 * answers nothing for a family the condition refuses, and the gate turns that into a refusal. The feature never
 * decides: it only places {@link #condition()} where the family is bound.
 * <p>
 * A read of one family starts with {@link #family(String)}, which binds {@code f} and keeps it only when the rule
 * holds. Elsewhere the condition on {@code f} is placed where {@code f} is bound, as a filter or a projected boolean,
 * with no variable in scope that its subqueries also use ({@code t}, {@code r}, {@code m}, {@code p}, {@code c},
 * {@code child}): those would be correlated with the statement's own.
 */
public final class FamilyCheck {

    /**
     * What a read that finds the family itself answers: the family, and the read model only when the check held
     * (null when it refused).
     */
    public record Read<T>(String familyId, T value) {
    }

    private final String condition;
    private final Map<String, Object> parameters;

    FamilyCheck(String condition, Map<String, Object> parameters) {
        this.condition = condition;
        this.parameters = Map.copyOf(parameters);
    }

    /**
     * The start of a read of one family: binds {@code f} to the family whose id is the parameter {@code idParameter}
     * and keeps it only when the rule holds, so the rest of the statement reads nothing of a refused family.
     */
    public String family(String idParameter) {
        return "MATCH (f:Family {id: $" + idParameter + "})\nWITH f WHERE " + condition + "\n";
    }

    /** The Cypher condition on {@code f}: constant text, the user's values are parameters. */
    public String condition() {
        return condition;
    }

    /**
     * The statement's own parameters together with the condition's; a name both use is refused rather than let one
     * silently replace the other.
     */
    public Map<String, Object> parameters(Map<String, Object> own) {
        var all = new HashMap<String, Object>(parameters);
        own.forEach((name, value) -> {
            if (all.containsKey(name)) {
                throw new IllegalArgumentException("The parameter $" + name + " is the access rule's own");
            }
            all.put(name, value);
        });
        return all;
    }
}
