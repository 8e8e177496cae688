package nl.netwerkkaart.consent;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import nl.netwerkkaart.family.MemberRole;
import nl.netwerkkaart.access.ConsentCoverage;

/**
 * Who must give a family's consent under Dutch youth care law, judged per child: under 12 a parent with authority;
 * 12 to 15 the child and a parent with authority; 16 and older the young person, whom parents cannot replace.
 * A family without children needs an adult. Any member with authority counts as "a parent with authority": the
 * family feature gives authority only to a PARENT or to an OTHER such as a guardian. Access rules check with
 * {@link ConsentCoverage} that no child has since turned 12 without having given the consent.
 */
final class ConsentRules {

    static final int CHILD_CONSENTS_FROM = ConsentCoverage.CHILD_CONSENTS_FROM;
    static final int CHILD_ALONE_FROM = 16;
    static final int ADULT_FROM = 18;

    /** A membership as far as the rules need it. */
    record Member(String personId, String givenName, LocalDate birthDate, MemberRole role, boolean authority) {
    }

    private ConsentRules() {
    }

    /** What the givers lack, one plain-English sentence per unmet rule; empty when they suffice. */
    static List<String> unmet(List<Member> members, Set<String> giverIds, LocalDate day) {
        var authorityGives = members.stream().anyMatch(m -> m.authority() && giverIds.contains(m.personId()));
        var children = members.stream()
                .filter(m -> m.role() == MemberRole.CHILD)
                .sorted(Comparator.comparing(Member::birthDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Member::givenName))
                .toList();
        var problems = new ArrayList<String>();
        if (children.isEmpty()) {
            var adultGives = members.stream().anyMatch(m -> giverIds.contains(m.personId())
                    && m.birthDate() != null && age(m, day) >= ADULT_FROM);
            if (!adultGives) {
                problems.add("A family without children needs consent from an adult member (" + ADULT_FROM
                        + " or older, with a birth date)");
            }
            return problems;
        }
        for (var child : children) {
            var name = child.givenName();
            if (child.birthDate() == null) {
                problems.add(name + " has no birth date, so who must consent cannot be decided; add " + name
                        + "'s birth date first");
                continue;
            }
            var age = age(child, day);
            var self = giverIds.contains(child.personId());
            var who = name + " (" + age + ")";
            if (age < CHILD_CONSENTS_FROM) {
                if (!authorityGives) {
                    problems.add(who + " is under " + CHILD_CONSENTS_FROM + ", so a parent with authority must give consent");
                }
            }
            else if (age < CHILD_ALONE_FROM) {
                if (!self) {
                    problems.add(who + " must give consent too, together with a parent with authority");
                }
                else if (!authorityGives) {
                    problems.add("A parent with authority must give consent too, together with " + who);
                }
            }
            else if (!self) {
                problems.add(who + " must give consent personally: from " + CHILD_ALONE_FROM
                        + " a young person decides alone and a parent's consent is not enough");
            }
        }
        return problems;
    }

    private static int age(Member member, LocalDate day) {
        return Period.between(member.birthDate(), day).getYears();
    }
}
