package dev.acrconsole.app.dataplane;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.containers.containerregistry.models.ArtifactManifestProperties;
import com.azure.containers.containerregistry.models.ArtifactTagProperties;
import com.azure.containers.containerregistry.models.ContainerRepositoryProperties;
import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acrconsole.app.ArmExamples;
import dev.acrconsole.app.kind.ContentIds;
import dev.acrconsole.app.manifests.ManifestDetails;
import dev.acrconsole.app.manifests.ManifestKind;
import dev.acrconsole.app.repositories.RepositoryDetails;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.app.tags.TagDetails;
import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every data-plane example Microsoft publishes for what the console lists (repositories, tags, manifests) reads into the
 * app's rows and details with the example's values, and the SDK reads the same bodies to the same values.
 */
class DataPlaneContractTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CacheScope SCOPE = new CacheScope("contract", "AzureCloud");
    private static final Instant AT = Instant.parse("2026-12-06T00:00:00Z");
    private static final String REGISTRY_ID =
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/acrapi";

    @TestFactory
    Stream<DynamicTest> everyContentsExampleReadsIntoTheModel() {
        if (ArmExamples.missing()) {
            return ArmExamples.skipped();
        }
        Path dir = ArmExamples.dir().resolve("dataplane/2021-07-01");
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("GetRepositoryList", () -> repositoryList(body(dir, "GetRepositoryList"))));
        tests.add(DynamicTest.dynamicTest("GetRepositoryAttributes", () -> repository(body(dir, "GetRepositoryAttributes"))));
        tests.add(DynamicTest.dynamicTest("GetTagList", () -> body(dir, "GetTagList").path("tags").forEach(t -> tag(t, false))));
        tests.add(DynamicTest.dynamicTest("GetTagAttributes", () -> tag(body(dir, "GetTagAttributes").path("tag"), true)));
        tests.add(DynamicTest.dynamicTest("GetManifestList",
                () -> body(dir, "GetManifestList").path("manifests").forEach(DataPlaneContractTest::manifest)));
        tests.add(DynamicTest.dynamicTest("GetManifestAttributes",
                () -> manifest(body(dir, "GetManifestAttributes").path("manifest"))));
        return tests.stream();
    }

    private static JsonNode body(Path dir, String name) throws IOException {
        JsonNode example = MAPPER.readTree(Files.readString(dir.resolve(name + ".json")));
        return example.path("responses").path("200").path("body");
    }

    private static void repositoryList(JsonNode body) {
        assertThat(body.path("repositories").isArray()).isTrue();
        // The catalog's names become the repositories' ids below their registry, slashes and all.
        for (JsonNode name : body.path("repositories")) {
            String id = ContentIds.repository(REGISTRY_ID, name.asText());
            assertThat(ContentIds.repositoryName(id)).isEqualTo(name.asText());
            assertThat(ContentIds.parent(id)).isEqualTo(REGISTRY_ID);
        }
    }

    private static void repository(JsonNode body) throws IOException {
        CachedResource row = new RepositoryKind().fromDataPlane(registry(), body, AT);
        RepositoryDetails d = RepositoryDetails.parse(row.json());
        ContainerRepositoryProperties sdk = read(body, ContainerRepositoryProperties::fromJson);
        assertThat(row.name()).isEqualTo(body.path("imageName").asText()).isEqualTo(sdk.getName());
        assertThat(row.parentId()).isEqualTo(REGISTRY_ID);
        assertThat(d.tagCount()).isEqualTo(body.path("tagCount").asLong()).isEqualTo((long) sdk.getTagCount());
        assertThat(d.manifestCount()).isEqualTo(body.path("manifestCount").asLong());
        assertThat(d.registry()).isEqualTo(body.path("registry").asText());
        assertThat(d.locks().deleteEnabled()).isEqualTo(sdk.isDeleteEnabled());
        assertThat(d.lastUpdateTime()).isEqualTo(body.path("lastUpdateTime").asText());
    }

    private static void tag(JsonNode tag, boolean attributes) {
        try {
            CachedResource row = new TagKind().fromDataPlane(repositoryRow(), tag, AT);
            TagDetails d = TagDetails.parse(row.json());
            // The SDK reads a tag as GetTagAttributes' whole body sends it, the item below its registry and repository.
            ArtifactTagProperties sdk = read(wrapped("tag", tag), ArtifactTagProperties::fromJson);
            assertThat(d.name()).isEqualTo(tag.path("name").asText()).isEqualTo(sdk.getName());
            assertThat(d.digest()).isEqualTo(tag.path("digest").asText()).isEqualTo(sdk.getDigest());
            assertThat(d.locks().writeEnabled()).isEqualTo(tag.path("changeableAttributes").path("writeEnabled").asBoolean());
            assertThat(d.pullByTag()).isEqualTo("acrapi.azurecr.io/nanoserver:" + d.name());
            assertThat(row.parentId()).isEqualTo(repositoryRow().id());
            if (attributes) {
                assertThat(d.locks().summary()).as("GetTagAttributes' tag cannot be written").isEqualTo("no write");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void manifest(JsonNode manifest) {
        try {
            CachedResource row = new ManifestKind().fromDataPlane(repositoryRow(), manifest, AT);
            ManifestDetails d = ManifestDetails.parse(row.json());
            ArtifactManifestProperties sdk = read(wrapped("manifest", manifest), ArtifactManifestProperties::fromJson);
            assertThat(d.digest()).isEqualTo(manifest.path("digest").asText()).isEqualTo(sdk.getDigest());
            assertThat(d.imageSize()).isEqualTo(manifest.path("imageSize").asLong()).isEqualTo(sdk.getSizeInBytes());
            assertThat(d.tags()).containsExactlyElementsOf(sdk.getTags());
            assertThat(d.platforms()).isEqualTo(manifest.path("os").asText() + "/" + manifest.path("architecture").asText());
            assertThat(d.pullByDigest()).isEqualTo("acrapi.azurecr.io/nanoserver@" + d.digest());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode wrapped(String field, JsonNode item) {
        com.fasterxml.jackson.databind.node.ObjectNode body = MAPPER.createObjectNode()
                .put("registry", "acrapi.azurecr.io").put("imageName", "nanoserver");
        body.set(field, item);
        return body;
    }

    private static CachedResource registry() {
        return new CachedResource(SCOPE, REGISTRY_ID, dev.acrconsole.app.registries.RegistryKind.KIND, "acrapi",
                "Microsoft.ContainerRegistry/registries", "t", "s", "rg", "westus", "Premium", "Succeeded",
                "/subscriptions/s/resourceGroups/rg", "{\"properties\":{\"loginServer\":\"acrapi.azurecr.io\"}}", AT);
    }

    private static CachedResource repositoryRow() {
        return new RepositoryKind().fromDataPlane(registry(), MAPPER.createObjectNode()
                .put("registry", "acrapi.azurecr.io").put("imageName", "nanoserver"), AT);
    }

    private interface Reader<T> {
        T read(JsonReader reader) throws IOException;
    }

    private static <T> T read(JsonNode body, Reader<T> reader) throws IOException {
        try (JsonReader r = JsonProviders.createReader(body.toString())) {
            return reader.read(r);
        }
    }
}
