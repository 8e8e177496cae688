package nl.netwerkkaart.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A demo account signed in by form or HTTP Basic, carrying what the access rules need. */
class DemoAccountDetails extends User {

    private final NetwerkkaartUser user;

    DemoAccountDetails(NetwerkkaartUser user, String passwordHash) {
        super(user.userId(), passwordHash, List.of(new SimpleGrantedAuthority(user.role().authority())));
        this.user = user;
    }

    NetwerkkaartUser user() {
        return user;
    }
}
