package dev.acrconsole.ui.cacherules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.cacherules.CacheRuleDetails;
import dev.acrconsole.app.cacherules.CacheRuleForm;
import dev.acrconsole.app.cacherules.CacheRuleKind;
import dev.acrconsole.app.credentialsets.CredentialSetKind;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.CacheSample;
import dev.acrconsole.ui.cacherules.CacheRuleFormViewModel.SetChoice;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache rule form without the toolkit: what it refuses where it is typed (nothing sent), what it offers and sends. */
class CacheRuleFormViewModelTest {
    @TempDir
    Path dir;

    private static SetChoice choice(CacheRuleFormViewModel m, String name) {
        return m.credentialSets().stream().filter(c -> name.equals(c.name())).findFirst().orElseThrow();
    }

    @Test
    void badPathsAndATargetAnotherRuleServesAreRefusedWhereTypedAndNothingIsSent() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Row registry = f.registry(CacheSample.REGISTRY);
            f.fetch(registry, CacheRuleKind.KIND);
            f.fetch(registry, CredentialSetKind.KIND);
            int requests = f.sandbox().requestCount();

            CacheRuleFormViewModel m = new CacheRuleFormViewModel(f.context, registry, null);
            Messages shown = Messages.of(m, CacheRuleForm.NAME, CacheRuleForm.SOURCE, CacheRuleForm.TARGET);
            m.nameProperty().set("redis_cache");
            assertThat(shown.of(CacheRuleForm.NAME)).isEqualTo("Use only letters, digits and '-'.");
            m.sourceProperty().set("docker.io/library/Redis");
            assertThat(shown.of(CacheRuleForm.SOURCE)).startsWith("Use lower case only");
            m.sourceProperty().set("library/redis");
            assertThat(shown.of(CacheRuleForm.SOURCE)).startsWith("Start with the upstream's host");
            m.sourceProperty().set("docker.io/library/redis:7");
            assertThat(shown.of(CacheRuleForm.SOURCE)).contains("not a tag or digest");
            m.sourceProperty().set("docker.io/library/*");
            assertThat(shown.of(CacheRuleForm.SOURCE)).isEmpty();
            m.targetProperty().set("redis");
            assertThat(shown.of(CacheRuleForm.TARGET)).as("a wildcard source needs a wildcard target").contains("end the target in '/*'");
            m.targetProperty().set("hub/*");
            assertThat(shown.of(CacheRuleForm.TARGET)).as("the sample's dockerhub-library rule caches into hub/*")
                    .isEqualTo("Another cache rule of this registry already caches into hub/*: choose another target repository.");
            m.targetProperty().set("Hub/Redis");
            assertThat(shown.of(CacheRuleForm.TARGET)).startsWith("Use lower case only");

            assertThat(m.submit()).isNull();
            assertThat(m.nameProperty().get()).as("what was typed is kept").isEqualTo("redis_cache");
            assertThat(f.services.journal().all()).isEmpty();
            assertThat(f.sandbox().requestCount()).as("nothing sent").isEqualTo(requests);
        }
    }

    @Test
    void theCachedCredentialSetsAreOfferedWithNoneFirstAndTheUnhealthyOneSaysSo() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Row registry = f.registry(CacheSample.REGISTRY);
            assertThat(new CacheRuleFormViewModel(f.context, registry, null).credentialSets())
                    .as("the credential sets were never listed: only none").containsExactly(CacheRuleFormViewModel.NONE);
            f.fetch(registry, CredentialSetKind.KIND);
            f.fetch(registry, CacheRuleKind.KIND);
            CacheRuleFormViewModel m = new CacheRuleFormViewModel(f.context, registry, null);
            assertThat(m.credentialSets()).extracting(SetChoice::toString).containsExactly("(none: pull anonymously)",
                    "dockerhub-creds (docker.io)", "ghcr-creds (ghcr.io, UNHEALTHY)");
            assertThat(m.credentialSetProperty().get()).isEqualTo(CacheRuleFormViewModel.NONE);

            Row runner = f.child(registry, CacheRuleKind.KIND, "ghcr-actions-runner");
            CacheRuleFormViewModel edit = new CacheRuleFormViewModel(f.context, registry, runner);
            assertThat(edit.creating()).isFalse();
            assertThat(edit.credentialSetProperty().get()).isEqualTo(choice(edit, "ghcr-creds"));
            assertThat(edit.targetProperty().get()).isEqualTo("ghcr/actions-runner");
            assertThat(edit.form().validate().isEmpty()).as("its own target is not another rule's").isTrue();
        }
    }

    @Test
    void aNewRuleAndAnEditAreSentAsOperationsAndAppearWithoutARefresh() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry(CacheSample.REGISTRY);
            f.fetch(registry, CredentialSetKind.KIND);
            f.fetch(registry, CacheRuleKind.KIND);

            CacheRuleFormViewModel create = new CacheRuleFormViewModel(f.context, registry, null);
            create.nameProperty().set("redis-cache");
            create.sourceProperty().set("docker.io/library/redis");
            create.targetProperty().set("docker/redis");
            create.credentialSetProperty().set(choice(create, "dockerhub-creds"));
            Operation made = f.ended(create.submit());
            assertThat(made.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(made.title()).isEqualTo("Create cache rule redis-cache");
            Row redis = f.child(registry, CacheRuleKind.KIND, "redis-cache");
            assertThat(redis.details(CacheRuleDetails.class).credentialSetName()).isEqualTo("dockerhub-creds");

            CacheRuleFormViewModel edit = new CacheRuleFormViewModel(f.context, registry, redis);
            edit.credentialSetProperty().set(CacheRuleFormViewModel.NONE);
            Operation changed = f.ended(edit.submit());
            assertThat(changed.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(changed.method()).isEqualTo("PATCH");
            assertThat(f.atArm(redis.id()).at("/properties/credentialSetResourceId").isMissingNode()).isTrue();
            assertThat(f.child(registry, CacheRuleKind.KIND, "redis-cache").details(CacheRuleDetails.class).credentialSetId())
                    .as("re-read into the cache").isNull();
        }
    }
}
