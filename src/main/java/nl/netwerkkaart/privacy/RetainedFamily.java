package nl.netwerkkaart.privacy;

import java.time.LocalDate;

/** A family past retention, by id only: whoever reads the report may not see family data. */
record RetainedFamily(String familyId, String coachId, LocalDate helpEndedOn) {
}
