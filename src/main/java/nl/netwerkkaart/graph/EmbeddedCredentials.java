package nl.netwerkkaart.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

/**
 * The password of the embedded database's {@code neo4j} user: generated on the first start, kept in the data
 * directory as {@value #FILE_NAME}, readable and writable by its owner only (as is a data directory the service
 * creates). The service signs in over Bolt with it; so can the benchmark, the {@code @neo4j/graphql} peer or Neo4j
 * Browser, run by the same user: {@code NEO4J_PASSWORD=$(cat data/neo4j-password)}.
 *
 * @param dataDir  the data directory holding the file
 * @param password the password
 */
public record EmbeddedCredentials(Path dataDir, String password) {

    public static final String USER = "neo4j";
    public static final String FILE_NAME = "neo4j-password";

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    /** The credentials kept in {@code dataDir}, for tools that connect to a running service's embedded database. */
    public static EmbeddedCredentials read(Path dataDir) {
        try {
            return new EmbeddedCredentials(dataDir, Files.readString(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8).strip());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded database's password from " + dataDir.resolve(FILE_NAME), e);
        }
    }

    /** The credentials kept in {@code dataDir}; a new random password, written there, when there are none yet. */
    static EmbeddedCredentials readOrCreate(Path dataDir) {
        var file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                if (POSIX) {
                    // tightened again if the file was copied or restored with looser permissions
                    Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
                }
                return read(dataDir);
            }
            var bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            var password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            // written beside it and moved into place, so the file is never seen half-written or with other permissions
            var pending = dataDir.resolve(FILE_NAME + ".new");
            Files.deleteIfExists(pending);
            Files.createFile(pending, ownerOnly(OWNER_ONLY_FILE));
            Files.writeString(pending, password + "\n", StandardCharsets.UTF_8);
            Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
            return new EmbeddedCredentials(dataDir, password);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the embedded database's password in " + file, e);
        }
    }

    /** Creates {@code dataDir} readable by its owner only when it does not exist yet; an existing one is left as it is. */
    static Path createDataDir(Path dataDir) {
        try {
            if (!Files.isDirectory(dataDir)) {
                Files.createDirectories(dataDir, ownerOnly(PosixFilePermissions.fromString("rwx------")));
            }
            return dataDir;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir, e);
        }
    }

    public AuthToken authToken() {
        return AuthTokens.basic(USER, password);
    }

    /** Sets the {@code neo4j} user's password to this one, in-process, where no Bolt sign-in is needed. */
    void applyTo(DatabaseManagementService managementService) {
        managementService.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }

    private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[" + USER + " in " + dataDir + "]";
    }
}
