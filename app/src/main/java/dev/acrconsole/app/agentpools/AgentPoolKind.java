package dev.acrconsole.app.agentpools;

import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.ReadContext;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.TableColumn;
import dev.acrconsole.app.kind.Watched;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.util.List;

/** A registry's dedicated agent pools for ACR Tasks; how many runs wait for one is read when it is selected. */
public final class AgentPoolKind extends KindDescriptor<AgentPoolDetails> {
    public static final ResourceKind KIND = ResourceKind.of("agentPool");

    public AgentPoolKind() {
        super(KIND, "Microsoft.ContainerRegistry/registries/agentPools", "Agent pools", "Agent pool",
                new Listing.Children(RegistryKind.KIND, "agentPools", ApiVersions.TASKS, Listing.When.ONCE_OPENED));
    }

    @Override
    protected AgentPoolDetails details(CachedResource resource) {
        return AgentPoolDetails.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, AgentPoolDetails d) {
        return d.fields(null);
    }

    @Override
    public List<TableColumn> columns() {
        return List.of(
                new TableColumn("Name", Row::name),
                column("Agents", d -> String.valueOf(d.count())),
                column("Tier", AgentPoolDetails::tier),
                column("OS", AgentPoolDetails::os),
                column("Subnet", AgentPoolDetails::subnet),
                new TableColumn("Provisioning", Row::provisioningState));
    }

    @Override
    public List<Watched> watched() {
        return List.of(new Watched("Count", "properties.count"), new Watched("Tier", "properties.tier"),
                new Watched("Subnet", "properties.virtualNetworkSubnetResourceId"), Watched.PROVISIONING);
    }

    @Override
    public boolean readsMore() {
        return true;
    }

    /** AgentPools_GetQueueStatus: how many runs wait for the pool now. */
    @Override
    public List<DetailField> readMore(ReadContext reads, Row row) {
        Integer count = reads.arm().registries(row.subscriptionId()).serviceClient().getAgentPools()
                .getQueueStatus(row.resourceGroup(), ArmIds.segment(row.id(), "registries"), row.name()).count();
        return row.details(AgentPoolDetails.class).fields(String.valueOf(count == null ? 0 : count));
    }

    @Override
    public java.util.Map<String, java.util.function.Function<dev.acrconsole.app.kind.Row, String>> azCommands() {
        return AgentPoolAzCommands.BY_ACTION;
    }
}
