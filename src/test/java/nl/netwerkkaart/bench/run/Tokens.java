package nl.netwerkkaart.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs the benchmark's JWTs as the identity provider would. The key pair is kept in target/bench, so a service
 * started by bench/serve.sh with the public key accepts the tokens of every later run; a new pair is only made when
 * there is none yet.
 */
final class Tokens {

    private final RSAPrivateKey privateKey;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    private Tokens(RSAPrivateKey privateKey) {
        this.privateKey = privateKey;
    }

    /** The key pair in {@code directory} (jwt-public.pem, jwt-private.pem), made there when absent. */
    static Tokens in(Path directory) throws IOException {
        Files.createDirectories(directory);
        var publicPem = directory.resolve("jwt-public.pem");
        var privateFile = directory.resolve("jwt-private.pem");
        try {
            var rsa = KeyFactory.getInstance("RSA");
            if (Files.exists(publicPem) && Files.exists(privateFile)) {
                var encoded = Base64.getMimeDecoder().decode(Files.readString(privateFile).replaceAll("-----[A-Z ]+-----", ""));
                return new Tokens((RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(encoded)));
            }
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            var mime = Base64.getMimeEncoder(64, "\n".getBytes());
            Files.writeString(privateFile, "-----BEGIN PRIVATE KEY-----\n" + mime.encodeToString(keys.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            Files.writeString(publicPem, "-----BEGIN PUBLIC KEY-----\n" + mime.encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return new Tokens((RSAPrivateKey) keys.getPrivate());
        }
        catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("RSA is required by every Java runtime", e);
        }
    }

    /** A token for the role, valid for a day; one per user, so signing is not part of what is measured. */
    String token(String role, String municipalityId, String professionalId) {
        var subject = "bench-" + role.toLowerCase() + "-" + (professionalId != null ? professionalId : municipalityId);
        return cache.computeIfAbsent(role + "|" + municipalityId + "|" + professionalId, key -> sign(new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("role", role)
                .claim("municipality_id", municipalityId)
                .claim("professional_id", professionalId)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(86_400)))
                .build()));
    }

    /** The family's coach, who may read its data. */
    String coach(Samples.FamilySample family) {
        return token("COACH", family.municipalityId(), family.coachId());
    }

    /** A professional of the sampled municipality, who may read the directory and search. */
    String reader(Samples samples) {
        return token("PROFESSIONAL", samples.reader().municipalityId(), samples.reader().professionalId());
    }

    private String sign(JWTClaimsSet claims) {
        try {
            var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(privateKey));
            return jwt.serialize();
        }
        catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }
}
