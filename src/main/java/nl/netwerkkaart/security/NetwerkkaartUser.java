package nl.netwerkkaart.security;

/**
 * The signed-in user as the access rules need them, whether they came from a demo account or a JWT.
 *
 * @param userId         stable user id (account name or the token's subject)
 * @param role           the user's role
 * @param municipalityId id of the municipality area the user works for; may be null for a demo admin
 * @param professionalId id of the linked {@code Professional} for coaches and professionals, else null
 */
public record NetwerkkaartUser(String userId, Role role, String municipalityId, String professionalId) {
}
