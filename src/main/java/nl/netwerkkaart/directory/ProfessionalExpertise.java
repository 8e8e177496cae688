package nl.netwerkkaart.directory;

/** One expertise of a professional, with how well the professional masters it. */
record ProfessionalExpertise(Expertise expertise, ExpertiseLevel level) {
}
