package dev.acrconsole.app.iotinstances;

import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.Watched;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.util.List;

/**
 * Azure IoT Operations instances (Microsoft.IoTOperations/instances, no Java SDK here: plain JSON, ADR 0010), nodes
 * of the tree beside the registries of their resource group.
 */
public final class IotInstanceKind extends KindDescriptor<IotInstance> {
    public static final ResourceKind KIND = ResourceKind.of("iotInstance");

    public IotInstanceKind() {
        super(KIND, "Microsoft.IoTOperations/instances", "IoT Operations instances", "Azure IoT Operations instance",
                new Listing.PerSubscription("/providers/Microsoft.IoTOperations/instances", ApiVersions.IOT_OPERATIONS,
                "iotInstances"));
    }

    @Override
    public boolean inTree() {
        return true;
    }

    @Override
    protected IotInstance details(CachedResource resource) {
        return IotInstance.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, IotInstance details) {
        return details.fields();
    }

    @Override
    protected String parentOf(String id) {
        return resourceGroupOf(id);
    }

    @Override
    public List<Watched> watched() {
        return List.of(Watched.PROVISIONING, new Watched("Health", "properties.healthState"),
                new Watched("Version", "properties.version"));
    }
}
