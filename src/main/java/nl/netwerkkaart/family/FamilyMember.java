package nl.netwerkkaart.family;

import nl.netwerkkaart.graph.Row;

/** A person's membership of a family: the MEMBER_OF relationship with its person. */
public record FamilyMember(Person person, MemberRole role, boolean authority) {

    static FamilyMember from(Row row) {
        return new FamilyMember(Person.from(row.row("person")), MemberRole.valueOf(row.string("role")), row.bool("authority"));
    }
}
