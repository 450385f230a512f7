package dev.sparring.gateway.auth;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signing and verifying with one shared HMAC key: every gateway instance both issues and accepts
 * tokens, so no key pair or key-set endpoint is needed. Declaring the {@link JwtDecoder} also keeps
 * Boot from configuring a resource server or an in-memory user of its own.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    private static SecretKey key(AuthProperties properties) {
        return new SecretKeySpec(properties.tokenSecretBytes(), "HmacSHA256");
    }

    @Bean
    JwtEncoder jwtEncoder(AuthProperties properties) {
        return NimbusJwtEncoder.withSecretKey(key(properties)).algorithm(MacAlgorithm.HS256).build();
    }

    /**
     * Accepts only HS256 with our key (so neither {@code alg: none} nor another algorithm), checks
     * expiry with Spring's default 60 s clock skew, the issuer and our own claims.
     */
    @Bean
    JwtDecoder jwtDecoder(AuthProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key(properties)).macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(TokenClaims.ISSUER), new SparringClaimsValidator()));
        return decoder;
    }

    /** bcrypt, behind the {@code {id}} prefix so that a later algorithm can take over hash by hash. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
