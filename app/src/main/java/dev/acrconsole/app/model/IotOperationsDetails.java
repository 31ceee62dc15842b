package dev.acrconsole.app.model;

import dev.acrconsole.app.iotoperations.CodeSigningCa;
import dev.acrconsole.app.iotoperations.EndpointAuthentication;
import dev.acrconsole.app.iotoperations.ExtendedLocation;
import dev.acrconsole.app.iotoperations.IotInstance;
import dev.acrconsole.app.iotoperations.RegistryEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What the detail panes show for IoT Operations instances and registry endpoints. */
public final class IotOperationsDetails {
    private IotOperationsDetails() {}

    public static List<DetailField> instance(IotInstance i) {
        return List.of(
                new DetailField("Description", i.description()),
                new DetailField("Location", i.location()),
                new DetailField("Extended location", extendedLocation(i.extendedLocation())),
                new DetailField("Version", i.version()),
                new DetailField("Provisioning state", i.provisioningState()),
                new DetailField("Health", i.healthState()),
                new DetailField("Schema registry", i.schemaRegistryId()),
                new DetailField("Resource ID", i.id()));
    }

    /** Host, the method and its settings (a secret only by its reference), code-signing CAs, where it runs. */
    public static List<DetailField> endpoint(RegistryEndpoint e) {
        List<DetailField> f = new ArrayList<>();
        f.add(new DetailField("Host", e.host()));
        f.add(new DetailField("Authentication", e.authentication().label()));
        switch (e.authentication()) {
            case EndpointAuthentication.UserAssigned ua -> {
                f.add(new DetailField("Client ID", ua.clientId()));
                f.add(new DetailField("Tenant ID", ua.tenantId()));
                f.add(new DetailField("Scope", ua.scope() == null ? "(default)" : ua.scope()));
            }
            case EndpointAuthentication.ArtifactPullSecret ps -> f.add(new DetailField("Secret reference", ps.secretRef()));
            case EndpointAuthentication.SystemAssigned sa ->
                    f.add(new DetailField("Audience", sa.audience() == null ? "(default)" : sa.audience()));
            case EndpointAuthentication.Unknown u -> f.add(new DetailField("Note",
                    "This console does not know this method; edit the endpoint to choose one of the four it knows."));
            case EndpointAuthentication.Anonymous a -> { }
        }
        f.add(new DetailField("Code-signing CAs", e.codeSigningCas().isEmpty() ? "(none)"
                : e.codeSigningCas().stream().map(CodeSigningCa::describe).collect(Collectors.joining(", "))));
        f.add(new DetailField("Extended location", extendedLocation(e.extendedLocation())));
        f.add(new DetailField("Provisioning state", e.provisioningState()));
        f.add(new DetailField("Health", e.healthState()));
        f.add(new DetailField("Instance", e.instanceName()));
        f.add(new DetailField("Resource ID", e.id()));
        return f;
    }

    private static String extendedLocation(ExtendedLocation l) {
        return l == null ? null : l.name() + (l.type() == null ? "" : " (" + l.type() + ")");
    }
}
