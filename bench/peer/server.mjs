// Benchmark peer for Netwerkkaart (issue 7): the Neo4j GraphQL Library serving typeDefs.graphql over the same
// Neo4j database as the service, on Apollo Server. Read-only, no audit; no access control unless PEER_SECURED=1,
// which adds typeDefs-secured.graphql (the coach's access rule as @authorization) and checks the benchmark's RS256
// JWTs against PEER_JWT_PUBLIC_KEY (default ../../target/bench/jwt-public.pem, the key bench/serve.sh made).
//
// Environment: NEO4J_URI (default bolt://127.0.0.1:7687), NEO4J_DATABASE (default neo4j), NEO4J_USERNAME and
// NEO4J_PASSWORD (the service's embedded database: neo4j and the password in <data-dir>/neo4j-password),
// PORT (default 4000), HOST (default 0.0.0.0), PEER_MAX_POOL (driver connection pool size, default 100),
// PEER_DEBUG=1 (stack traces in error answers). Apollo's standalone server answers POST /graphql (any path).
import { readFileSync } from "node:fs";
import { createPublicKey, verify } from "node:crypto";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const here = dirname(fileURLToPath(import.meta.url));
const uri = process.env.NEO4J_URI || "bolt://127.0.0.1:7687";
const database = process.env.NEO4J_DATABASE || "neo4j";
const port = Number(process.env.PORT || 4000);
const username = process.env.NEO4J_USERNAME;
const password = process.env.NEO4J_PASSWORD;

const auth = username ? neo4j.auth.basic(username, password ?? "") : undefined;
const driver = neo4j.driver(uri, auth, {
    maxConnectionPoolSize: Number(process.env.PEER_MAX_POOL || 100),
});

const secured = process.env.PEER_SECURED === "1";
const typeDefs = readFileSync(join(here, "typeDefs.graphql"), "utf8")
    + (secured ? "\n" + readFileSync(join(here, "typeDefs-secured.graphql"), "utf8") : "");
const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const publicKey = secured
    ? createPublicKey(readFileSync(process.env.PEER_JWT_PUBLIC_KEY || join(here, "../../target/bench/jwt-public.pem")))
    : undefined;

// The library verifies only symmetric keys or a JWKS endpoint itself; the benchmark signs with RS256, so the peer
// verifies the token here and hands the library the decoded claims, as its documentation describes.
function claims(authorization) {
    const token = (authorization || "").replace(/^Bearer /i, "");
    const [header, payload, signature] = token.split(".");
    if (!signature || !verify("RSA-SHA256", Buffer.from(header + "." + payload), publicKey, Buffer.from(signature, "base64url"))) {
        return undefined;
    }
    const decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return decoded.exp && decoded.exp * 1000 < Date.now() ? undefined : decoded;
}
const schema = await neoSchema.getSchema();

// The database schema belongs to Netwerkkaart's migrations. @neo4j/graphql 7 never creates indexes or constraints
// by itself; assertIndexesAndConstraints only reads (SHOW INDEXES / SHOW CONSTRAINTS) and fails if the full-text
// index the @fulltext directive names is missing. Fail fast instead of on the first search request.
const sessionConfig = { database };
await driver.verifyConnectivity({ database });
await neoSchema.assertIndexesAndConstraints({ driver, sessionConfig });

// Stack traces only with PEER_DEBUG=1: they would make error answers large and are not part of what is measured.
const server = new ApolloServer({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: process.env.PEER_DEBUG === "1",
});
const { url } = await startStandaloneServer(server, {
    listen: { port, host: process.env.HOST || "0.0.0.0" },
    // Every request runs in the configured database; reads go through read transactions (the library's default
    // for queries).
    context: async ({ req }) => (secured ? { sessionConfig, jwt: claims(req.headers.authorization) } : { sessionConfig }),
});
console.log(`Netwerkkaart peer (@neo4j/graphql${secured ? ", secured" : ""}) on ${url} over ${uri} database ${database}`);

async function shutdown(signal) {
    console.log(`${signal}: stopping`);
    await server.stop();
    await driver.close();
    process.exit(0);
}
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));
