package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The registries' data plane over real HTTPS: auth, challenges, paging, negotiation, referrers and locks. */
class DataPlaneTest {

    static final String PROD = "contosoprodacr.azurecr.io";
    static final String DEV = "contosodevacr.azurecr.io";
    static final String INDEX = "application/vnd.oci.image.index.v1+json";

    static SandboxServer sandbox;
    static DataPlaneClient prod;
    static DataPlaneClient dev;

    @BeforeAll
    static void start() {
        sandbox = SandboxServer.start(SandboxConfig.defaults());
        prod = new DataPlaneClient(sandbox, PROD);
        dev = new DataPlaneClient(sandbox, DEV);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void eachRegistryWithContentsHasAHostOfItsOwn() {
        assertThat(sandbox.dataPlaneUrls()).containsOnlyKeys(PROD, DEV, "contosoreleases.azurecr.io", "fabrikamedgehub.azurecr.io");
        assertThat(sandbox.dataPlaneUrls().values()).doesNotHaveDuplicates().doesNotContain(sandbox.baseUrl());
        assertThat(sandbox.dataPlaneUrl("ContosoProdACR.azurecr.io")).contains(prod.base);
        assertThat(sandbox.dataPlaneUrl("contosomirror.azurecr.io")).isEmpty();
    }

    @Test
    void withoutCredentialsV2IsAChallengeNamingTheTokenEndpointAndService() {
        HttpResponse<byte[]> r = prod.get("v2/", null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Docker-Distribution-Api-Version")).contains("registry/2.0");
        assertThat(r.headers().firstValue("WWW-Authenticate")).contains(
                "Bearer realm=\"" + prod.base + "oauth2/token\",service=\"" + PROD + "\"");
        assertThat(DataPlaneClient.json(r).at("/errors/0/code").asText()).isEqualTo("UNAUTHORIZED");

        HttpResponse<byte[]> tags = prod.get("acr/v1/apps/web/_tags", null);
        assertThat(tags.headers().firstValue("WWW-Authenticate").orElseThrow())
                .endsWith(",scope=\"repository:apps/web:metadata_read\"");
        assertThat(DataPlaneClient.json(tags).at("/errors/0/detail/0/Action").asText()).isEqualTo("metadata_read");
    }

    @Test
    void entraTokenIsExchangedForJwtsWithExpiryAndTheAskedScopes() {
        String refresh = prod.exchange(SandboxServer.token());
        JsonNode rc = DataPlaneClient.claims(refresh);
        assertThat(rc.path("exp").asLong()).isGreaterThan(Instant.now().getEpochSecond() + 3600);
        assertThat(rc.path("aud").asText()).isEqualTo(PROD);

        String bearer = prod.bearer(refresh, "repository:apps/web:pull,delete", "registry:catalog:*");
        JsonNode ac = DataPlaneClient.claims(bearer);
        assertThat(ac.path("exp").asLong()).isGreaterThan(Instant.now().getEpochSecond());
        assertThat(ac.path("access").toString()).contains("\"name\":\"apps/web\",\"actions\":[\"pull\",\"delete\"]")
                .contains("\"name\":\"catalog\",\"actions\":[\"*\"]");
        assertThat(prod.get("v2/", bearer).statusCode()).isEqualTo(200);
        assertThat(prod.get("v2/apps/web/tags/list", bearer).statusCode()).isEqualTo(200);
        // A scope the token lacks but its principal could get: a challenge naming it, so the client asks for it.
        HttpResponse<byte[]> other = prod.get("v2/nginx/tags/list", bearer);
        assertThat(other.statusCode()).isEqualTo(401);
        assertThat(other.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("scope=\"repository:nginx:pull\"");
        // Another registry's token is no use here.
        assertThat(dev.get("v2/", bearer).statusCode()).isEqualTo(401);
    }

    @Test
    void anEntraPrincipalGetsOnlyRegistriesOfItsSubscriptions() {
        SandboxData.Registry devRegistry = sandbox.data().registries().stream().filter(r -> r.loginServer().equals(DEV)).findFirst().orElseThrow();
        SandboxData.Subscription devSub = sandbox.data().subscriptions().stream()
                .filter(s -> s.subscriptionId().equals(devRegistry.subscriptionId())).findFirst().orElseThrow();
        SandboxPrincipal bob = new SandboxPrincipal("bob@contoso.com", devSub.tenantId(), java.util.Set.of(devSub.subscriptionId()));
        String token = sandbox.identity().issueToken(bob, devSub.tenantId());
        assertThat(DataPlaneClient.claims(dev.exchange(token)).path("sub").asText()).isEqualTo("bob@contoso.com");
        HttpResponse<byte[]> refused = prod.send("POST", "oauth2/exchange", null, null,
                "grant_type=access_token&service=" + PROD + "&access_token=" + token);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(DataPlaneClient.json(refused).at("/errors/0/code").asText()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void adminUserByPasswordGrantByBasicTokenAndBasicOnTheCallItself() {
        SandboxServer.DataPlaneLogin login = sandbox.dataPlaneLogin(DEV).orElseThrow();
        assertThat(login.username()).isEqualTo("contosodevacr");
        HttpResponse<byte[]> byGet = dev.get("oauth2/token?service=" + DEV + "&scope=" + DataPlaneClient.enc("repository:nginx:pull"),
                DataPlaneClient.basic(login.username(), login.password()));
        assertThat(byGet.statusCode()).isEqualTo(200);
        JsonNode body = DataPlaneClient.json(byGet);
        assertThat(body.path("token").asText()).isEqualTo(body.path("access_token").asText());
        assertThat(DataPlaneClient.claims(body.path("token").asText()).path("exp").isNumber()).isTrue();
        assertThat(dev.get("v2/nginx/tags/list", "Bearer " + body.path("token").asText()).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> byPost = dev.send("POST", "oauth2/token", null, null, "grant_type=password&service=" + DEV
                + "&scope=registry:catalog:*&username=contosodevacr&password=" + DataPlaneClient.enc(login.password()));
        assertThat(byPost.statusCode()).isEqualTo(200);
        assertThat(dev.get("acr/v1/_catalog", "Bearer " + DataPlaneClient.json(byPost).path("access_token").asText()).statusCode()).isEqualTo(200);

        assertThat(dev.get("v2/_catalog", DataPlaneClient.basic("contosodevacr", login.password())).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> wrong = dev.get("v2/_catalog", DataPlaneClient.basic("contosodevacr", "not-the-password"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(DataPlaneClient.json(wrong).at("/errors/0/code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(dev.get("oauth2/token?service=" + DEV, DataPlaneClient.basic("contosodevacr", "nope")).statusCode()).isEqualTo(401);
    }

    @Test
    void theBigRepositoryPagesWithLinkHeadersThroughAllItsTags() {
        String bearer = prod.admin("repository:stress/many-tags:pull,metadata_read");
        List<String> tags = new ArrayList<>();
        String next = "v2/stress/many-tags/tags/list?n=1000";
        int pages = 0;
        while (next != null) {
            HttpResponse<byte[]> r = prod.get(next, bearer);
            assertThat(r.statusCode()).isEqualTo(200);
            DataPlaneClient.json(r).path("tags").forEach(t -> tags.add(t.asText()));
            next = r.headers().firstValue("Link").map(l -> l.substring(2, l.indexOf('>'))).orElse(null);
            pages++;
        }
        assertThat(pages).isEqualTo(10);
        assertThat(tags).hasSize(SandboxConfig.DEFAULT_BIG_REPOSITORY_TAGS).doesNotHaveDuplicates().isSorted();

        JsonNode attributes = DataPlaneClient.json(prod.get("acr/v1/stress/many-tags", bearer));
        assertThat(attributes.path("tagCount").asInt()).isEqualTo(10_000);
        assertThat(attributes.path("manifestCount").asInt()).isEqualTo(25);
    }

    @Test
    void tagsAndManifestsOrderByTimeAndPage() {
        String bearer = prod.admin("repository:stress/many-tags:metadata_read", "repository:apps/web:metadata_read");
        HttpResponse<byte[]> desc = prod.get("acr/v1/stress/many-tags/_tags?orderby=timedesc&n=3", bearer);
        JsonNode tags = DataPlaneClient.json(desc).path("tags");
        assertThat(tags.get(0).path("name").asText()).isEqualTo("build-10000");
        assertThat(desc.headers().firstValue("Link")).contains(
                "</acr/v1/stress/many-tags/_tags?last=build-09998&n=3&orderby=timedesc>; rel=\"next\"");
        JsonNode page2 = DataPlaneClient.json(prod.get("acr/v1/stress/many-tags/_tags?orderby=timedesc&n=3&last=build-09998", bearer));
        assertThat(page2.at("/tags/0/name").asText()).isEqualTo("build-09997");
        JsonNode asc = DataPlaneClient.json(prod.get("acr/v1/stress/many-tags/_tags?orderby=timeasc&n=1", bearer));
        assertThat(asc.at("/tags/0/name").asText()).isEqualTo("build-00001");

        JsonNode manifests = DataPlaneClient.json(prod.get("acr/v1/apps/web/_manifests?orderby=timedesc", bearer)).path("manifests");
        List<Instant> times = new ArrayList<>();
        manifests.forEach(m -> times.add(Instant.parse(m.path("lastUpdateTime").asText())));
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(times.get(times.size() - 1)).isBefore(Instant.now().minus(java.time.Duration.ofDays(90)));
        long untagged = 0;
        for (JsonNode m : manifests) {
            untagged += m.has("tags") ? 0 : 1;
        }
        assertThat(untagged).isGreaterThanOrEqualTo(2);
    }

    @Test
    void manifestsAreNegotiatedAndTheirDigestsAreTheirBytesSha256() throws Exception {
        String bearer = prod.admin("repository:samples/hello-world:pull,metadata_read", "repository:legacy/api:pull");
        HttpResponse<byte[]> index = prod.send("GET", "v2/samples/hello-world/manifests/latest", bearer, INDEX, null);
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).contains(INDEX);
        String digest = index.headers().firstValue("Docker-Content-Digest").orElseThrow();
        assertThat(digest).isEqualTo(sha256(index.body()));
        JsonNode platforms = DataPlaneClient.json(index).path("manifests");
        assertThat(platforms.findValuesAsText("os")).contains("linux", "windows");
        assertThat(platforms.findValuesAsText("architecture")).contains("amd64", "arm64");

        // An index only to a client that accepts one.
        HttpResponse<byte[]> plain = prod.send("GET", "v2/samples/hello-world/manifests/latest", bearer,
                "application/vnd.oci.image.manifest.v1+json", null);
        assertThat(plain.statusCode()).isEqualTo(404);
        assertThat(DataPlaneClient.json(plain).at("/errors/0/code").asText()).isEqualTo("MANIFEST_UNKNOWN");

        // A child by digest, its config blob, and HEAD telling the length without a body.
        String child = platforms.get(0).path("digest").asText();
        HttpResponse<byte[]> image = prod.send("GET", "v2/samples/hello-world/manifests/" + child, bearer, "*/*", null);
        assertThat(sha256(image.body())).isEqualTo(child);
        String config = DataPlaneClient.json(image).at("/config/digest").asText();
        HttpResponse<byte[]> blob = prod.get("v2/samples/hello-world/blobs/" + config, bearer);
        assertThat(sha256(blob.body())).isEqualTo(config);
        assertThat(DataPlaneClient.json(blob).path("architecture").asText()).isNotEmpty();
        HttpResponse<byte[]> head = prod.send("HEAD", "v2/samples/hello-world/manifests/latest", bearer, INDEX, null);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length")).contains(String.valueOf(index.body().length));
        assertThat(head.body()).isEmpty();
        assertThat(prod.get("v2/samples/hello-world/blobs/sha256:" + "0".repeat(64), bearer).statusCode()).isEqualTo(404);

        // A Docker manifest list, and ACR's view of the index with its children's platforms.
        HttpResponse<byte[]> list = prod.send("GET", "v2/legacy/api/manifests/2.4", bearer,
                "application/vnd.docker.distribution.manifest.list.v2+json", null);
        assertThat(list.headers().firstValue("Content-Type")).contains("application/vnd.docker.distribution.manifest.list.v2+json");
        JsonNode attributes = DataPlaneClient.json(prod.get("acr/v1/samples/hello-world/_manifests/" + digest, bearer)).path("manifest");
        assertThat(attributes.path("references")).hasSize(3);
        assertThat(attributes.path("tags").toString()).contains("latest", "v1");
    }

    @Test
    void referrersListTheSignatureSbomAndAttestationAndFilterByArtifactType() {
        String bearer = prod.admin("repository:apps/web:pull");
        String subject = prod.send("HEAD", "v2/apps/web/manifests/1.3.0", bearer, "*/*", null).headers()
                .firstValue("Docker-Content-Digest").orElseThrow();
        HttpResponse<byte[]> all = prod.get("v2/apps/web/referrers/" + subject, bearer);
        assertThat(all.headers().firstValue("Content-Type")).contains(INDEX);
        JsonNode manifests = DataPlaneClient.json(all).path("manifests");
        assertThat(manifests.findValuesAsText("artifactType")).containsExactlyInAnyOrder(
                "application/vnd.cncf.notary.signature", "application/spdx+json", "application/vnd.in-toto+json");
        HttpResponse<byte[]> signatures = prod.get("v2/apps/web/referrers/" + subject
                + "?artifactType=" + DataPlaneClient.enc("application/vnd.cncf.notary.signature"), bearer);
        assertThat(DataPlaneClient.json(signatures).path("manifests")).hasSize(1);
        assertThat(signatures.headers().firstValue("OCI-Filters-Applied")).contains("artifactType");
        String signature = DataPlaneClient.json(signatures).at("/manifests/0/digest").asText();
        JsonNode signed = DataPlaneClient.json(prod.send("GET", "v2/apps/web/manifests/" + signature, bearer, "*/*", null));
        assertThat(signed.at("/subject/digest").asText()).isEqualTo(subject);
    }

    @Test
    void locksRefuseDeletesWithAcrsErrorAndAttributesUnlockThem() {
        SandboxServer own = SandboxServer.start(SandboxConfig.defaults().withBigRepositoryTags(0));
        try (own) {
            DataPlaneClient c = new DataPlaneClient(own, PROD);
            String bearer = c.admin("repository:apps/web:pull,delete,metadata_read,metadata_write", "repository:tools/base:delete");
            HttpResponse<byte[]> tag = c.send("DELETE", "acr/v1/apps/web/_tags/1.0.0", bearer, null, null);
            assertThat(tag.statusCode()).isEqualTo(405);
            assertThat(DataPlaneClient.json(tag).at("/errors/0/code").asText()).isEqualTo("REGISTRY_DISALLOWED_OPERATION");
            assertThat(c.send("DELETE", "acr/v1/tools/base", bearer, null, null).statusCode()).isEqualTo(405);
            JsonNode locked = DataPlaneClient.json(c.get("acr/v1/apps/web/_manifests?n=100", bearer)).path("manifests");
            String lockedDigest = null;
            for (JsonNode m : locked) {
                if (!m.at("/changeableAttributes/deleteEnabled").asBoolean()) {
                    lockedDigest = m.path("digest").asText();
                }
            }
            assertThat(c.send("DELETE", "v2/apps/web/manifests/" + lockedDigest, bearer, null, null).statusCode()).isEqualTo(405);

            HttpResponse<byte[]> unlock = c.send("PATCH", "acr/v1/apps/web/_tags/1.0.0", bearer, null,
                    "{\"deleteEnabled\":true,\"writeEnabled\":true}");
            assertThat(DataPlaneClient.json(unlock).at("/tag/changeableAttributes/writeEnabled").asBoolean()).isTrue();
            assertThat(c.send("DELETE", "acr/v1/apps/web/_tags/1.0.0", bearer, null, null).statusCode()).isEqualTo(202);
            assertThat(c.get("acr/v1/apps/web/_tags/1.0.0", bearer).statusCode()).isEqualTo(404);
            assertThat(DataPlaneClient.json(c.get("acr/v1/apps/web/_tags/1.0.0", bearer)).at("/errors/0/code").asText()).isEqualTo("TAG_UNKNOWN");

            // Deleting the signed image takes its tag and its referrers with it.
            String signed = c.send("HEAD", "v2/apps/web/manifests/1.3.0", bearer, "*/*", null).headers().firstValue("Docker-Content-Digest").orElseThrow();
            assertThat(c.send("DELETE", "v2/apps/web/manifests/" + signed, bearer, null, null).statusCode()).isEqualTo(202);
            assertThat(own.dataPlaneContents().tags(PROD, "apps/web")).doesNotContain("1.3.0");
            assertThat(DataPlaneClient.json(c.get("v2/apps/web/referrers/" + signed, bearer)).path("manifests")).isEmpty();
        }
    }

    @Test
    void aScopeMapTokenGetsExactlyItsRepository() {
        SandboxServer own = SandboxServer.start(SandboxConfig.defaults().withBigRepositoryTags(0).withOperationDuration(java.time.Duration.ZERO));
        try (own) {
            TestClient arm = new TestClient(own);
            String registry = arm.registryPath("contosoprodacr");
            String v = "?api-version=2025-11-01";
            assertThat(arm.send("PUT", registry + "/scopeMaps/webreaders" + v, "{\"properties\":{\"actions\":["
                    + "\"repositories/apps/web/content/read\",\"repositories/apps/web/metadata/read\"]}}").statusCode()).isIn(200, 201);
            assertThat(arm.send("PUT", registry + "/tokens/webreader" + v, "{\"properties\":{\"scopeMapId\":\"/" + registry
                    + "/scopeMaps/webreaders\",\"status\":\"enabled\"}}").statusCode()).isIn(200, 201);
            own.tokenPasswords().plant("web-reader-secret");
            HttpResponse<String> generated = arm.send("POST", registry + "/generateCredentials" + v,
                    "{\"tokenId\":\"/" + registry + "/tokens/webreader\",\"name\":\"password1\"}");
            assertThat(generated.statusCode()).isEqualTo(200);

            DataPlaneClient c = new DataPlaneClient(own, PROD);
            String basic = DataPlaneClient.basic("webreader", "web-reader-secret");
            assertThat(DataPlaneClient.json(c.get("v2/_catalog", basic)).path("repositories").toString()).isEqualTo("[\"apps/web\"]");
            assertThat(c.get("v2/apps/web/tags/list", basic).statusCode()).isEqualTo(200);
            HttpResponse<byte[]> other = c.get("v2/nginx/tags/list", basic);
            assertThat(other.statusCode()).isEqualTo(403);
            assertThat(DataPlaneClient.json(other).at("/errors/0/code").asText()).isEqualTo("DENIED");
            assertThat(c.send("DELETE", "acr/v1/apps/web/_tags/1.2.0", basic, null, null).statusCode()).isEqualTo(403);

            // Its access token holds only what its scope map allows of what it asked for.
            HttpResponse<byte[]> token = c.get("oauth2/token?service=" + PROD + "&scope=" + DataPlaneClient.enc("repository:apps/web:pull,delete")
                    + "&scope=" + DataPlaneClient.enc("repository:nginx:pull"), basic);
            JsonNode access = DataPlaneClient.claims(DataPlaneClient.json(token).path("access_token").asText()).path("access");
            assertThat(access.toString()).isEqualTo("[{\"type\":\"repository\",\"name\":\"apps/web\",\"actions\":[\"pull\"]}]");
            assertThat(c.get("v2/_catalog", DataPlaneClient.basic("webreader", "wrong")).statusCode()).isEqualTo(401);

            // A disabled token gets nothing.
            arm.send("PATCH", registry + "/tokens/webreader" + v, "{\"properties\":{\"status\":\"disabled\"}}");
            assertThat(c.get("v2/_catalog", basic).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void unknownNamesAnswerAcrCodes() {
        String bearer = prod.admin("repository:nope:pull", "repository:nginx:pull");
        assertThat(DataPlaneClient.json(prod.get("v2/nope/tags/list", bearer)).at("/errors/0/code").asText()).isEqualTo("NAME_UNKNOWN");
        assertThat(DataPlaneClient.json(prod.get("v2/nginx/manifests/9.9", bearer)).at("/errors/0/code").asText()).isEqualTo("MANIFEST_UNKNOWN");
    }

    static String sha256(byte[] bytes) throws Exception {
        return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
