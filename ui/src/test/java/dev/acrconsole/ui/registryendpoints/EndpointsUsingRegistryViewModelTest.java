package dev.acrconsole.ui.registryendpoints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.registryendpoints.RegistryEndpointKind;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.ui.page.PageFixture;
import dev.acrconsole.ui.registryendpoints.EndpointsUsingRegistryViewModel.Link;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a registry's page, without the toolkit: the IoT Operations registry endpoints pointing at its login server. */
class EndpointsUsingRegistryViewModelTest {
    @TempDir
    Path dir;

    private static Row registry(PageFixture f, String name) {
        return f.registry(name);
    }

    @Test
    void theEndpointsPointingAtARegistrysLoginServerShowAndOpenTheirInstance() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            EndpointsUsingRegistryViewModel endpoints = new EndpointsUsingRegistryViewModel(f.context);
            Row prod = registry(f, "contosoprodacr");

            endpoints.show(prod);

            assertThat(endpoints.shownProperty().get()).isTrue();
            assertThat(endpoints.headingProperty().get())
                    .isEqualTo("IoT Operations registry endpoints pulling from contosoprodacr.azurecr.io (1)");
            assertThat(endpoints.links()).extracting(Link::text).containsExactly(
                    "prod-images on aio-plant-ohio (rg-platform-prod) — System-assigned managed identity");
            Link link = endpoints.links().getFirst();
            endpoints.open(link);
            assertThat(f.revealed).containsExactly("show " + link.instanceId() + " " + RegistryEndpointKind.KIND.code());
            assertThat(link.instanceId()).endsWith("/providers/Microsoft.IoTOperations/instances/aio-plant-ohio");

            endpoints.show(registry(f, "fabrikamedgehub"));
            assertThat(endpoints.links()).extracting(Link::text).extracting(t -> t.substring(0, t.indexOf(" on ")))
                    .containsExactlyInAnyOrder("hub-mirror", "dataflow-graphs", "hub-images");
            assertThat(endpoints.headingProperty().get()).endsWith("fabrikamedgehub.azurecr.io (3)");

            endpoints.show(registry(f, "contosomirror"));
            assertThat(endpoints.shownProperty().get()).isTrue();
            assertThat(endpoints.links()).isEmpty();
            assertThat(endpoints.headingProperty().get())
                    .isEqualTo("IoT Operations registry endpoints pulling from contosomirror.azurecr.io");
        }
    }

    @Test
    void hiddenForAnythingButARegistry() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            EndpointsUsingRegistryViewModel endpoints = new EndpointsUsingRegistryViewModel(f.context);
            String prod = f.sandboxRegistry("contosoprodacr").id();
            int listeners = f.context.feed().listeners();
            endpoints.show(f.row(prod));
            assertThat(f.context.feed().listeners()).isEqualTo(listeners + 1);

            endpoints.show(f.row(prod.substring(0, prod.indexOf("/providers/"))));

            assertThat(endpoints.shownProperty().get()).isFalse();
            assertThat(endpoints.links()).isEmpty();
            assertThat(f.context.feed().listeners()).isEqualTo(listeners);
            endpoints.show(null);
            assertThat(endpoints.shownProperty().get()).isFalse();
        }
    }

    @Test
    void itReadsAgainWhenEndpointsChangeInTheCacheAndNotForOtherKinds() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            EndpointsUsingRegistryViewModel endpoints = new EndpointsUsingRegistryViewModel(f.context);
            Row mirror = registry(f, "contosomirror");
            endpoints.show(mirror);
            int loads = endpoints.loads();

            f.services.session().orElseThrow().refresh().refreshChildren(mirror.resource(), TokenKind.KIND, RefreshListener.NONE);
            assertThat(endpoints.loads()).as("tokens are no endpoints").isEqualTo(loads);

            // Someone points the Ohio plant's release charts at the mirror; the next refresh brings it.
            String plant = f.sandbox().data().iotOperations().instances().stream()
                    .filter(i -> i.name().equals("aio-plant-ohio")).findFirst().orElseThrow().id();
            f.sandbox().state().change(plant + "/registryEndpoints/release-charts",
                    json -> ((ObjectNode) json.get("properties")).put("host", "contosomirror.azurecr.io"));
            f.refresh();

            assertThat(endpoints.loads()).isGreaterThan(loads);
            assertThat(endpoints.links()).extracting(Link::endpointId).containsExactly(plant + "/registryEndpoints/release-charts");
            assertThat(endpoints.headingProperty().get()).endsWith("contosomirror.azurecr.io (1)");
        }
    }
}
