package dev.acrconsole.ui.registries;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.forms.Typed;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.registries.RegistryAccess;
import dev.acrconsole.app.registries.RegistryActions;
import dev.acrconsole.app.registries.RegistryDetails;
import dev.acrconsole.app.registries.RegistryUpdate;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The update-registry form, starting from the registry as cached: SKU, admin user, access and network settings (anonymous
 * pull, public access, the network rule set, trusted services), policies and the role assignment mode. Switching to
 * ABAC is sent only once the user confirmed its warning.
 */
public final class UpdateRegistryViewModel extends FormModel {
    private final PageContext context;
    private final Row registry;
    private final RegistryDetails current;
    private final StringProperty sku;
    private final BooleanProperty adminUser;
    private final BooleanProperty publicAccess;
    private final BooleanProperty retention;
    private final StringProperty retentionDays;
    /** The days the registry keeps untagged manifests now: what an update sends while retention is off. */
    private final int cachedDays;
    private final BooleanProperty quarantine;
    private final BooleanProperty export;
    private final BooleanProperty anonymousPull;
    private final StringProperty defaultAction;
    /** As typed: one rule a line (commas and spaces separate too). */
    private final StringProperty ipRules;
    private final BooleanProperty bypassAzureServices;
    private final BooleanProperty trust;
    private final BooleanProperty entraAuthAsArm;
    private final BooleanProperty abac;
    private final BooleanProperty abacConfirmed = new SimpleBooleanProperty(false);
    private final BooleanBinding abacWarning;

    public UpdateRegistryViewModel(PageContext context, Row registry) {
        this.context = context;
        this.registry = registry;
        this.current = registry.details(RegistryDetails.class);
        Map<String, String> policies = current.policies();
        sku = new SimpleStringProperty(current.skuName());
        adminUser = new SimpleBooleanProperty(Boolean.TRUE.equals(current.adminUserEnabled()));
        publicAccess = new SimpleBooleanProperty(!"Disabled".equalsIgnoreCase(current.publicNetworkAccess()));
        retention = new SimpleBooleanProperty(enabled(policies.get("Retention")));
        cachedDays = days(policies.get("Retention"));
        retentionDays = new SimpleStringProperty(Integer.toString(cachedDays));
        quarantine = new SimpleBooleanProperty(enabled(policies.get("Quarantine")));
        export = new SimpleBooleanProperty(policies.get("Export") == null || enabled(policies.get("Export")));
        anonymousPull = new SimpleBooleanProperty(Boolean.TRUE.equals(current.anonymousPullEnabled()));
        defaultAction = new SimpleStringProperty("Deny".equalsIgnoreCase(current.networkDefaultAction()) ? "Deny" : "Allow");
        ipRules = new SimpleStringProperty(String.join("\n", current.ipRules()));
        bypassAzureServices = new SimpleBooleanProperty(!"None".equalsIgnoreCase(current.networkRuleBypassOptions()));
        trust = new SimpleBooleanProperty(Boolean.TRUE.equals(current.trustEnabled()));
        // Not stated means ACR's default: Entra tokens with the ARM audience are accepted.
        entraAuthAsArm = new SimpleBooleanProperty(!Boolean.FALSE.equals(current.entraAuthAsArmEnabled()));
        abac = new SimpleBooleanProperty(RegistryAccess.ABAC.equalsIgnoreCase(current.roleAssignmentMode()));
        abacWarning = Bindings.createBooleanBinding(() -> access().switchesToAbac(), abac);
        abac.addListener((obs, was, now) -> abacConfirmed.set(false)); // a confirmation is for the switch it was given for
        watch(sku, RegistryUpdate.SKU);
        watch(anonymousPull, RegistryAccess.ANONYMOUS_PULL);
        watch(sku, RegistryAccess.ANONYMOUS_PULL);
        watch(defaultAction, RegistryAccess.NETWORK);
        watch(ipRules, RegistryAccess.NETWORK);
        watch(sku, RegistryAccess.NETWORK);
        watch(ipRules, RegistryAccess.IP_RULES);
        watch(trust, RegistryAccess.TRUST);
        watch(sku, RegistryAccess.TRUST);
        watch(abac, RegistryAccess.ROLE_ASSIGNMENT_MODE);
        watch(abacConfirmed, RegistryAccess.ROLE_ASSIGNMENT_MODE);
        watch(publicAccess, RegistryUpdate.PUBLIC_ACCESS);
        watch(retention, RegistryUpdate.RETENTION_DAYS);
        watch(retentionDays, RegistryUpdate.RETENTION_DAYS);
        watch(export, RegistryUpdate.EXPORT);
        watch(publicAccess, RegistryUpdate.EXPORT);
    }

    public String name() {
        return registry.name();
    }

    public StringProperty skuProperty() {
        return sku;
    }

    public BooleanProperty adminUserProperty() {
        return adminUser;
    }

    public BooleanProperty publicAccessProperty() {
        return publicAccess;
    }

    public BooleanProperty retentionProperty() {
        return retention;
    }

    /** As typed; read only while retention is on. */
    public StringProperty retentionDaysProperty() {
        return retentionDays;
    }

    public BooleanProperty quarantineProperty() {
        return quarantine;
    }

    public BooleanProperty exportProperty() {
        return export;
    }

    public BooleanProperty anonymousPullProperty() {
        return anonymousPull;
    }

    /** Allow or Deny: what happens to networks no IP rule names. */
    public StringProperty defaultActionProperty() {
        return defaultAction;
    }

    public StringProperty ipRulesProperty() {
        return ipRules;
    }

    public BooleanProperty bypassAzureServicesProperty() {
        return bypassAzureServices;
    }

    public BooleanProperty trustProperty() {
        return trust;
    }

    public BooleanProperty entraAuthAsArmProperty() {
        return entraAuthAsArm;
    }

    /** ABAC repository permissions (on) or legacy registry permissions (off). */
    public BooleanProperty abacProperty() {
        return abac;
    }

    /** The user read {@link RegistryAccess#ABAC_WARNING} and goes ahead; reset whenever the mode is changed. */
    public BooleanProperty abacConfirmedProperty() {
        return abacConfirmed;
    }

    /** Whether the form now switches the registry to ABAC: the warning and its confirmation show while it does. */
    public BooleanBinding abacWarningProperty() {
        return abacWarning;
    }

    private RegistryAccess access() {
        return new RegistryAccess(anonymousPull.get(), defaultAction.get(),
                List.of(ipRules.get() == null ? new String[0] : ipRules.get().split("[\\s,;]+")), bypassAzureServices.get(),
                trust.get(), entraAuthAsArm.get(), abac.get() ? RegistryAccess.ABAC : RegistryAccess.LEGACY,
                current.roleAssignmentMode(), abacConfirmed.get());
    }

    public RegistryUpdate update() {
        Typed<Integer> days = typedDays();
        return new RegistryUpdate(registry.id(), registry.tenantId(), registry.name(), current.skuName(), sku.get(),
                adminUser.get(), publicAccess.get(), "Enabled".equalsIgnoreCase(current.zoneRedundancy()),
                Boolean.TRUE.equals(current.dataEndpointEnabled()), retention.get(), days.ok() ? days.value() : cachedDays,
                quarantine.get(), export.get(), access());
    }

    private Typed<Integer> typedDays() {
        return Typed.wholeNumber(retentionDays.get(), 0, RegistryUpdate.MAX_RETENTION_DAYS);
    }

    @Override
    protected FieldErrors validate() {
        Typed<Integer> days = typedDays();
        if (retention.get() && !days.ok()) {
            return new FieldErrors().add(RegistryUpdate.RETENTION_DAYS, days.problem());
        }
        return update().validate();
    }

    public CompletableFuture<Operation> submit() {
        if (!check()) {
            return null;
        }
        return context.submit(registry.scope(), RegistryActions.update(update()));
    }

    /** Policy lines read "Enabled, 7 days" / "Disabled (Notary)" (see RegistryDetails). */
    private static boolean enabled(String line) {
        return line != null && line.startsWith("Enabled");
    }

    private static int days(String line) {
        if (line == null) {
            return 7;
        }
        var m = java.util.regex.Pattern.compile("(\\d+) days").matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : 7;
    }
}
