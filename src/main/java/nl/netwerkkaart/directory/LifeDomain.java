package nl.netwerkkaart.directory;

import nl.netwerkkaart.graph.Row;

/** A reference area of life (leefdomein) that expertises, resources and help questions are classified by. */
public record LifeDomain(String id, LifeDomainCode code, String name, Framework framework) {

    /** Where the domain comes from: the Zelfredzaamheid-Matrix or the family-focused additions. */
    public enum Framework { ZRM, FAMILY }

    public static LifeDomain from(Row row) {
        return new LifeDomain(row.string("id"), LifeDomainCode.valueOf(row.string("code")), row.string("name"),
                Framework.valueOf(row.string("framework")));
    }
}
