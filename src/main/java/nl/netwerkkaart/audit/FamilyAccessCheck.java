package nl.netwerkkaart.audit;

/**
 * The record-level rule for reading a family's audit trail. The default, {@link CoachOfFamilyCheck}, admits the
 * family's own coach; the family feature can replace it by declaring a {@code @Primary} bean of this type.
 */
public interface FamilyAccessCheck {

    /**
     * Returns when the signed-in user coaches the family; otherwise throws
     * {@link nl.netwerkkaart.api.NotFoundException} naming {@code familyId}, so an unknown and a forbidden family
     * look the same.
     */
    void requireCoachOf(String familyId);
}
