package dev.acrconsole.app.tokens;

import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.TableColumn;
import dev.acrconsole.app.kind.Watched;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.util.List;

/** A registry's tokens: a scope map's actions for whoever holds one of its passwords (never cached). */
public final class TokenKind extends KindDescriptor<TokenDetails> {
    public static final ResourceKind KIND = ResourceKind.of("token");

    public TokenKind() {
        super(KIND, "Microsoft.ContainerRegistry/registries/tokens", "Tokens", "Token",
                new Listing.Children(RegistryKind.KIND, "tokens", ApiVersions.REGISTRY, Listing.When.ONCE_OPENED));
    }

    @Override
    protected TokenDetails details(CachedResource resource) {
        return TokenDetails.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, TokenDetails d) {
        return d.fields();
    }

    @Override
    public List<TableColumn> columns() {
        return List.of(
                new TableColumn("Name", Row::name),
                column("Status", d -> Format.enumValue(d.status())),
                column("Scope map", TokenDetails::scopeMapName),
                column("Created", d -> Format.armTime(d.creationDate())),
                new TableColumn("Provisioning", Row::provisioningState));
    }

    @Override
    public List<Watched> watched() {
        return List.of(
                new Watched("Status", "properties.status"),
                new Watched("Expiry", "properties.credentials.passwords[].expiry"),
                new Watched("Passwords", "properties.credentials.passwords[*].name"),
                new Watched("Certificates", "properties.credentials.certificates[*].name"),
                new Watched("Scope map", "properties.scopeMapId"),
                Watched.PROVISIONING);
    }

    @Override
    public java.util.Map<String, java.util.function.Function<dev.acrconsole.app.kind.Row, String>> azCommands() {
        return TokenAzCommands.BY_ACTION;
    }
}
