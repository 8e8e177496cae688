package nl.netwerkkaart.directory;

/** The life domains of the ZRM 2017 plus the family-focused ones; stored as these names on {@code LifeDomain.code}. */
public enum LifeDomainCode {
    FINANCES,
    WORK_AND_EDUCATION,
    DAYTIME_ACTIVITIES,
    HOUSING,
    DOMESTIC_RELATIONS,
    MENTAL_HEALTH,
    PHYSICAL_HEALTH,
    SUBSTANCE_USE,
    BASIC_ADL,
    INSTRUMENTAL_ADL,
    SOCIAL_NETWORK,
    SOCIAL_PARTICIPATION,
    JUSTICE,
    PARENTING,
    CHILD_DEVELOPMENT,
    SCHOOL,
    SAFETY
}
