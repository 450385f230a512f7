package dev.sparring.gateway.auth;

/** The claims of Sparring's tokens; both kinds are HS256 JWTs signed with {@code sparring.auth.token-secret}. */
final class TokenClaims {

    /** Checked on every token, so a JWT minted for something else with the same key is refused. */
    static final String ISSUER = "sparring-gateway";

    static final String NAME = "name";
    static final String TEAM = "team";
    static final String ROLES = "roles";
    /** The session an invite admits to. */
    static final String SESSION = "sid";
    /**
     * {@value #ACCESS} or {@value #INVITE}. A claim, not the JOSE {@code typ} header, which stays
     * {@code JWT} as the default validators expect.
     */
    static final String TYPE = "typ";

    static final String ACCESS = "access";
    static final String INVITE = "invite";

    static final String CANDIDATE_PREFIX = "candidate:";

    private TokenClaims() {
    }
}
