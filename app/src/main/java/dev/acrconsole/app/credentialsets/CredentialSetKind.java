package dev.acrconsole.app.credentialsets;

import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.TableColumn;
import dev.acrconsole.app.kind.Watched;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.util.List;

/**
 * A registry's credential sets (artifact cache): an upstream's login server and the Key Vault secrets that sign in to
 * it. The secret URIs are references and are cached; the secrets themselves are never read.
 */
public final class CredentialSetKind extends KindDescriptor<CredentialSetDetails> {
    public static final ResourceKind KIND = ResourceKind.of("credentialset");

    public CredentialSetKind() {
        super(KIND, "Microsoft.ContainerRegistry/registries/credentialSets", "Credential sets", "Credential set",
                new Listing.Children(RegistryKind.KIND, "credentialSets", ApiVersions.REGISTRY, Listing.When.ONCE_OPENED));
    }

    @Override
    protected CredentialSetDetails details(CachedResource resource) {
        return CredentialSetDetails.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, CredentialSetDetails d) {
        return d.fields();
    }

    @Override
    public List<TableColumn> columns() {
        return List.of(
                new TableColumn("Name", Row::name),
                column("Login server", CredentialSetDetails::loginServer),
                column("Health", CredentialSetDetails::healthInShort),
                column("Identity", CredentialSetDetails::identityType),
                new TableColumn("Provisioning", Row::provisioningState));
    }

    @Override
    public List<Watched> watched() {
        return List.of(
                new Watched("Health", "properties.authCredentials[*].credentialHealth.status"),
                new Watched("Health error", "properties.authCredentials[*].credentialHealth.errorCode"),
                new Watched("Secrets", "properties.authCredentials[*].passwordSecretIdentifier"),
                Watched.PROVISIONING);
    }

    @Override
    public java.util.Map<String, java.util.function.Function<dev.acrconsole.app.kind.Row, String>> azCommands() {
        return CredentialSetAzCommands.BY_ACTION;
    }
}
