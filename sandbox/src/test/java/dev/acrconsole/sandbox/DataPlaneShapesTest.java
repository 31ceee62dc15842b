package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The data plane answers in the shapes of Microsoft's data-plane examples (bundled, see examples/SOURCES.md): every
 * property an example's 200 body has, the answer has too, with the same JSON type.
 */
class DataPlaneShapesTest {

    static SandboxServer sandbox;
    static DataPlaneClient prod;

    @BeforeAll
    static void start() {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withBigRepositoryTags(0));
        prod = new DataPlaneClient(sandbox, DataPlaneTest.PROD);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @ParameterizedTest
    @CsvSource({
            "GetRepositoryAttributes, GET, acr/v1/samples/hello-world",
            "GetRepositoryList, GET, acr/v1/_catalog",
            "GetTagList, GET, acr/v1/apps/web/_tags",
            "GetTagAttributes, GET, acr/v1/apps/web/_tags/1.2.0",
            "UpdateTagAttributes, PATCH, acr/v1/apps/web/_tags/1.2.0",
            "GetManifestList, GET, acr/v1/nginx/_manifests",
            "GetManifestAttributes, GET, acr/v1/nginx/_manifests/{nginx}",
            "GetReferrers, GET, v2/apps/web/referrers/{signed}",
    })
    void answersHaveTheExamplesProperties(String example, String method, String path) throws IOException {
        String bearer = prod.admin("registry:catalog:*", "repository:samples/hello-world:*", "repository:apps/web:*",
                "repository:nginx:*");
        String resolved = path.replace("{nginx}", digest("nginx", "1.27", bearer)).replace("{signed}", digest("apps/web", "1.3.0", bearer));
        HttpResponse<byte[]> r = prod.send(method, resolved, bearer, null, method.equals("PATCH") ? "{\"writeEnabled\":true}" : null);
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> problems = new ArrayList<>();
        compare(example("dataplane/" + example + ".json").at("/responses/200/body"), DataPlaneClient.json(r), "", problems);
        assertThat(problems).as(example).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"PostRefreshToken, refresh_token", "PostAccessToken, access_token", "GetAccessToken, access_token"})
    void tokenAnswersHaveTheExamplesProperties(String example, String property) throws IOException {
        assertThat(example("dataplane/" + example + ".json").at("/responses/200/body").has(property)).isTrue();
        String refresh = prod.exchange(SandboxServer.token());
        JsonNode answer = switch (example) {
            case "PostRefreshToken" -> TestClient.JSON.createObjectNode().put("refresh_token", refresh);
            case "PostAccessToken" -> TestClient.JSON.createObjectNode().put("access_token", prod.bearer(refresh, "registry:catalog:*")
                    .substring("Bearer ".length()));
            default -> DataPlaneClient.json(prod.get("oauth2/token?service=" + DataPlaneTest.PROD + "&scope=registry:catalog:*",
                    DataPlaneClient.basic("00000000-0000-0000-0000-000000000000", refresh)));
        };
        assertThat(answer.path(property).asText()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
    }

    private static String digest(String repository, String tag, String bearer) {
        return prod.send("HEAD", "v2/" + repository + "/manifests/" + tag, bearer, "*/*", null).headers()
                .firstValue("Docker-Content-Digest").orElseThrow();
    }

    /**
     * Each property of {@code expected} (arrays: their first item) is in {@code actual} with the same type; annotations
     * are a map whose keys differ by artifact.
     */
    private static void compare(JsonNode expected, JsonNode actual, String at, List<String> problems) {
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode a = actual.get(e.getKey());
                if (a == null) {
                    problems.add("missing " + at + "/" + e.getKey());
                } else if (a.getNodeType() != e.getValue().getNodeType()) {
                    problems.add(at + "/" + e.getKey() + " is " + a.getNodeType() + ", not " + e.getValue().getNodeType());
                } else if (!e.getKey().equals("annotations")) { // a free map: its keys are the example's own
                    compare(e.getValue(), a, at + "/" + e.getKey(), problems);
                }
            }
        } else if (expected.isArray() && !expected.isEmpty()) {
            if (actual.isEmpty()) {
                problems.add(at + " is empty");
            } else {
                compare(expected.get(0), actual.get(0), at + "/0", problems);
            }
        }
    }

    private static JsonNode example(String file) throws IOException {
        try (InputStream in = SandboxServer.class.getResourceAsStream("examples/" + file)) {
            return TestClient.JSON.readTree(in);
        }
    }
}
