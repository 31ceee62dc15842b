package dev.acrconsole.ui.registries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.registries.RegistryAccess;
import dev.acrconsole.app.registries.RegistryUpdate;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The update-registry form without the toolkit: it starts from the cached registry, refuses what the SKU cannot have. */
class UpdateRegistryViewModelTest {
    @TempDir
    Path dir;

    /** The messages the dialog binds under its fields. */
    private static Messages messages(UpdateRegistryViewModel m) {
        return Messages.of(m, RegistryUpdate.SKU, RegistryUpdate.PUBLIC_ACCESS, RegistryUpdate.RETENTION_DAYS, RegistryUpdate.EXPORT);
    }

    @Test
    void itStartsFromTheCachedRegistryAndADowngradeOfAPremiumOnlyRegistryIsRefused() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            UpdateRegistryViewModel m = new UpdateRegistryViewModel(f.context, f.registry("contosoprodacr"));
            Messages shown = messages(m);
            assertThat(m.name()).isEqualTo("contosoprodacr");
            assertThat(m.skuProperty().get()).isEqualTo("Premium");
            assertThat(m.publicAccessProperty().get()).isFalse();
            assertThat(m.adminUserProperty().get()).isFalse();
            assertThat(m.retentionProperty().get()).isTrue();
            assertThat(m.retentionDaysProperty().get()).isEqualTo("30");
            int requests = f.sandbox().requestCount();

            m.skuProperty().set("Standard");
            assertThat(shown.showing()).as("only the field changed says so before OK").containsExactly(Map.entry(
                    RegistryUpdate.SKU, "This registry uses zone redundancy or a dedicated data endpoint: it must stay Premium."));

            assertThat(m.submit()).isNull();
            assertThat(shown.of(RegistryUpdate.PUBLIC_ACCESS)).isEqualTo("Turning off public network access needs the Premium SKU.");
            assertThat(shown.of(RegistryUpdate.RETENTION_DAYS)).isEqualTo("The retention policy needs the Premium SKU.");
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);
            assertThat(f.services.journal().all()).isEmpty();
        }
    }

    @Test
    void retentionDaysAndTheExportPolicyAreCheckedAsTheyChange() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            UpdateRegistryViewModel premium = new UpdateRegistryViewModel(f.context, f.registry("contosoprodacr"));
            Messages premiumShown = messages(premium);
            premium.retentionDaysProperty().set("400");
            assertThat(premiumShown.of(RegistryUpdate.RETENTION_DAYS)).isEqualTo("400 is out of range. Type a whole number from 0 to 365.");
            premium.retentionDaysProperty().set("a week");
            assertThat(premiumShown.of(RegistryUpdate.RETENTION_DAYS))
                    .isEqualTo("'a week' is not a whole number. Type a whole number from 0 to 365.");
            assertThat(premium.submit()).as("nothing is sent while the days do not read").isNull();
            assertThat(premium.retentionDaysProperty().get()).as("what was typed is kept").isEqualTo("a week");
            premium.retentionProperty().set(false);
            assertThat(premiumShown.of(RegistryUpdate.RETENTION_DAYS)).as("days count only while retention is on").isEmpty();

            UpdateRegistryViewModel standard = new UpdateRegistryViewModel(f.context, f.registry("contosoreleases"));
            Messages standardShown = messages(standard);
            assertThat(standard.exportProperty().get()).isTrue();
            standard.exportProperty().set(false);
            assertThat(standardShown.of(RegistryUpdate.EXPORT)).isEqualTo("Export can be turned off only when public network access is off.");
            assertThat(standard.submit()).isNull();
        }
    }

    @Test
    void anUpgradeIsSentAsAPatchThatLandsAndTheNextFormStartsFromIt() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry("contosoreleases");
            UpdateRegistryViewModel m = new UpdateRegistryViewModel(f.context, registry);
            m.skuProperty().set("Premium");
            m.adminUserProperty().set(true);
            m.retentionProperty().set(true);
            m.retentionDaysProperty().set("10");

            Operation op = f.ended(m.submit());

            assertThat(op.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(op.title()).isEqualTo("Update registry contosoreleases");
            assertThat(op.method()).isEqualTo("PATCH");
            assertThat(f.atArm(registry.id()).at("/sku/name").asText()).isEqualTo("Premium");
            assertThat(f.atArm(registry.id()).at("/properties/adminUserEnabled").asBoolean()).isTrue();
            assertThat(f.atArm(registry.id()).at("/properties/policies/retentionPolicy/days").asInt()).isEqualTo(10);
            UpdateRegistryViewModel again = new UpdateRegistryViewModel(f.context, f.registry("contosoreleases"));
            assertThat(again.skuProperty().get()).isEqualTo("Premium");
            assertThat(again.adminUserProperty().get()).isTrue();
            assertThat(again.retentionProperty().get()).isTrue();
            assertThat(again.retentionDaysProperty().get()).isEqualTo("10");
        }
    }

    @Test
    void aMalformedIpRuleOrANetworkRuleOutsidePremiumIsRefusedWhereItIsTypedAndNothingIsSent() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            UpdateRegistryViewModel mirror = new UpdateRegistryViewModel(f.context, f.registry("contosomirror"));
            Messages shown = Messages.of(mirror, RegistryAccess.IP_RULES, RegistryAccess.NETWORK, RegistryAccess.ANONYMOUS_PULL);
            int requests = f.sandbox().requestCount();

            mirror.ipRulesProperty().set("203.0.113.0/24\n10.0.0/8");
            assertThat(shown.of(RegistryAccess.IP_RULES))
                    .isEqualTo("'10.0.0/8' is not an IPv4 address or CIDR range (e.g. 203.0.113.5 or 203.0.113.0/24).");
            mirror.ipRulesProperty().set("203.0.113.0/24, 198.51.100.300");
            assertThat(shown.of(RegistryAccess.IP_RULES)).startsWith("'198.51.100.300' is not an IPv4 address");
            mirror.ipRulesProperty().set("203.0.113.0/33");
            assertThat(shown.of(RegistryAccess.IP_RULES)).startsWith("'203.0.113.0/33' is not");
            assertThat(mirror.submit()).isNull();
            assertThat(mirror.ipRulesProperty().get()).as("what was typed is kept").isEqualTo("203.0.113.0/33");
            mirror.ipRulesProperty().set("203.0.113.0/24\n198.51.100.7");
            assertThat(shown.of(RegistryAccess.IP_RULES)).isEmpty();

            mirror.skuProperty().set("Standard");
            assertThat(shown.of(RegistryAccess.NETWORK)).startsWith("IP rules and denying other networks need the Premium SKU");

            UpdateRegistryViewModel basic = new UpdateRegistryViewModel(f.context, f.registry("contosoprodbackup"));
            Messages basicShown = Messages.of(basic, RegistryAccess.ANONYMOUS_PULL);
            basic.anonymousPullProperty().set(true);
            assertThat(basicShown.of(RegistryAccess.ANONYMOUS_PULL)).isEqualTo("Anonymous pull needs the Standard or Premium SKU.");
            assertThat(basic.submit()).isNull();

            UpdateRegistryViewModel premium = new UpdateRegistryViewModel(f.context, f.registry("contosoprodacr"));
            Messages days = Messages.of(premium, RegistryUpdate.RETENTION_DAYS);
            premium.retentionDaysProperty().set("366");
            assertThat(days.of(RegistryUpdate.RETENTION_DAYS)).isEqualTo("366 is out of range. Type a whole number from 0 to 365.");
            assertThat(premium.submit()).isNull();

            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);
            assertThat(f.services.journal().all()).isEmpty();
        }
    }

    @Test
    void switchingToAbacWarnsAndIsSentOnlyOnceConfirmed() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry("contosoreleases");
            UpdateRegistryViewModel m = new UpdateRegistryViewModel(f.context, registry);
            Messages shown = Messages.of(m, RegistryAccess.ROLE_ASSIGNMENT_MODE);
            assertThat(m.abacProperty().get()).isFalse();
            assertThat(m.abacWarningProperty().get()).isFalse();
            int requests = f.sandbox().requestCount();

            m.abacProperty().set(true);
            assertThat(m.abacWarningProperty().get()).as("the warning shows").isTrue();
            assertThat(m.submit()).as("not sent unconfirmed").isNull();
            assertThat(shown.of(RegistryAccess.ROLE_ASSIGNMENT_MODE)).contains("AcrPull, AcrPush and AcrDelete stop being honoured");
            assertThat(f.sandbox().requestCount()).isEqualTo(requests);

            m.abacConfirmedProperty().set(true);
            m.abacProperty().set(false);
            m.abacProperty().set(true);
            assertThat(m.abacConfirmedProperty().get()).as("a confirmation is for the switch it was given for").isFalse();
            m.abacConfirmedProperty().set(true);
            m.anonymousPullProperty().set(true);
            Operation op = f.ended(m.submit());

            assertThat(op.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(f.atArm(registry.id()).at("/properties/roleAssignmentMode").asText()).isEqualTo("AbacRepositoryPermissions");
            assertThat(f.atArm(registry.id()).at("/properties/anonymousPullEnabled").asBoolean()).isTrue();
            UpdateRegistryViewModel again = new UpdateRegistryViewModel(f.context, f.registry("contosoreleases"));
            assertThat(again.abacProperty().get()).isTrue();
            assertThat(again.abacWarningProperty().get()).as("already ABAC: nothing to warn of").isFalse();
            assertThat(again.anonymousPullProperty().get()).isTrue();
        }
    }
}
