package nl.netwerkkaart.web;

import nl.netwerkkaart.security.NetwerkkaartUser;
import nl.netwerkkaart.security.Role;

/** The signed-in user as the web pages show them. */
record Viewer(String userId, Role role, String professionalId, String municipalityId) {

    static Viewer of(NetwerkkaartUser user) {
        return new Viewer(user.userId(), user.role(), user.professionalId(), user.municipalityId());
    }
}
