package dev.acrconsole.app.registries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.acrconsole.app.forms.InvalidInputException;
import dev.acrconsole.app.privateendpoints.ConnectionActions;
import org.junit.jupiter.api.Test;

class RegistryFormsTest {
    private static RegistryForm form(String name, String location, String sku, boolean publicAccess, boolean zone) {
        return new RegistryForm("sub", "tenant", "rg", name, location, sku, false, publicAccess, zone, false);
    }

    @Test
    void aRegistryNameMustBeFiveToFiftyLettersAndDigits() {
        assertThat(form("contoso01", "eastus", "Basic", true, false).validate().isEmpty()).isTrue();
        assertThat(form("abcd", "eastus", "Basic", true, false).validate().of(RegistryForm.NAME)).hasValueSatisfying(
                m -> assertThat(m).contains("5 to 50").contains("this is 4"));
        assertThat(form("a".repeat(51), "eastus", "Basic", true, false).validate().of(RegistryForm.NAME)).isPresent();
        assertThat(form("my-registry", "eastus", "Basic", true, false).validate().of(RegistryForm.NAME))
                .hasValueSatisfying(m -> assertThat(m).contains("only letters and digits"));
        assertThat(form("", "eastus", "Basic", true, false).validate().of(RegistryForm.NAME)).isPresent();
    }

    @Test
    void locationAndSkuAreRequiredAndPremiumFeaturesNeedPremium() {
        assertThat(form("contoso01", "", "Basic", true, false).validate().of(RegistryForm.LOCATION)).isPresent();
        assertThat(form("contoso01", "East US", "Basic", true, false).validate().of(RegistryForm.LOCATION))
                .hasValueSatisfying(m -> assertThat(m).contains("eastus"));
        assertThat(form("contoso01", "eastus", "Gold", true, false).validate().of(RegistryForm.SKU)).isPresent();
        assertThat(form("contoso01", "eastus", "Standard", false, false).validate().of(RegistryForm.FEATURES))
                .hasValueSatisfying(m -> assertThat(m).contains("Premium"));
        assertThat(form("contoso01", "eastus", "Basic", true, true).validate().of(RegistryForm.FEATURES)).isPresent();
        assertThat(form("contoso01", "eastus", "Premium", false, true).validate().isEmpty()).isTrue();
    }

    @Test
    void anInvalidFormNeverBecomesARequest() {
        assertThatThrownBy(() -> RegistryActions.create(form("ab", "eastus", "Basic", true, false)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().of(RegistryForm.NAME)).isPresent());
    }

    @Test
    void aCreateRequestIsThePutTheSdkWouldSend() {
        var request = RegistryActions.create(new RegistryForm("sub1", "t", "rg1", "contoso01", "westeurope", "Premium",
                true, false, true, true));
        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.path()).isEqualTo(
                "/subscriptions/sub1/resourceGroups/rg1/providers/Microsoft.ContainerRegistry/registries/contoso01?api-version=2025-11-01");
        assertThat(request.body()).contains("\"location\":\"westeurope\"", "\"name\":\"Premium\"", "\"adminUserEnabled\":true",
                "\"publicNetworkAccess\":\"Disabled\"", "\"zoneRedundancy\":\"Enabled\"", "\"dataEndpointEnabled\":true");
    }

    @Test
    void updatesKeepPremiumFeaturesOnPremiumAndExportNeedsPrivateAccess() {
        RegistryUpdate ok = new RegistryUpdate("id", "t", "r", "Premium", "Premium", false, true, true, false, true, 30, false, true);
        assertThat(ok.validate().isEmpty()).isTrue();
        RegistryUpdate downgrade = new RegistryUpdate("id", "t", "r", "Premium", "Standard", false, true, true, false, false, 0, false, true);
        assertThat(downgrade.validate().of(RegistryUpdate.SKU)).hasValueSatisfying(m -> assertThat(m).contains("stay Premium"));
        RegistryUpdate days = new RegistryUpdate("id", "t", "r", "Premium", "Premium", false, true, false, false, true, 400, false, true);
        assertThat(days.validate().of(RegistryUpdate.RETENTION_DAYS)).hasValueSatisfying(m -> assertThat(m).contains("0 to 365"));
        RegistryUpdate export = new RegistryUpdate("id", "t", "r", "Premium", "Premium", false, true, false, false, false, 0, false, false);
        assertThat(export.validate().of(RegistryUpdate.EXPORT)).isPresent();
    }

    @Test
    void deletingNeedsTheExactNameTyped() {
        String id = "/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/contoso01";
        assertThatThrownBy(() -> RegistryActions.delete(id, "t", "Contoso01")).isInstanceOf(InvalidInputException.class);
        assertThat(RegistryActions.delete(id, "t", "contoso01").method()).isEqualTo("DELETE");
    }

    @Test
    void anApprovalNeedsAReasonOfAtMost256Characters() {
        assertThat(ConnectionActions.validateDescription("").of(ConnectionActions.DESCRIPTION)).isPresent();
        assertThat(ConnectionActions.validateDescription("x".repeat(257)).of(ConnectionActions.DESCRIPTION))
                .hasValueSatisfying(m -> assertThat(m).contains("at most 256").contains("257"));
        assertThat(ConnectionActions.validateDescription("Approved for the AKS cluster").isEmpty()).isTrue();
        assertThatThrownBy(() -> ConnectionActions.reject("/x/privateEndpointConnections/c", "t", " "))
                .isInstanceOf(InvalidInputException.class);
    }
}
