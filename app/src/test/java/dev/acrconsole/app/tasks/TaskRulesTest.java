package dev.acrconsole.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.acrconsole.app.agentpools.AgentPoolActions;
import dev.acrconsole.app.forms.InvalidInputException;
import dev.acrconsole.app.runs.RunFilters;
import dev.acrconsole.cache.RunQuery;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Task, run filter and agent pool rules: bad input is refused with a message that says what is allowed. */
class TaskRulesTest {
    private static TaskForm docker(String name, String schedule, String timeout) {
        return new TaskForm(name, TaskForm.Step.DOCKER, "https://github.com/contoso/webapp.git#main", "Dockerfile",
                "webapp:{{.Run.ID}}", null, null, "Linux", "", timeout, schedule, true);
    }

    @Test
    void cronSchedulesAreCheckedAsAcrTakesThem() {
        assertThat(TaskRules.validate(docker("nightly-build", "0 2 * * *", "3600"), true).isEmpty()).isTrue();
        assertThat(TaskRules.validate(docker("nightly-build", "30 9 * * 1-5", "3600"), true).isEmpty()).isTrue();
        assertThat(TaskRules.validate(docker("nightly-build", "every night", "3600"), true).of(TaskRules.SCHEDULE))
                .hasValueSatisfying(m -> assertThat(m).contains("five fields", "0 9 * * *"));
        assertThat(TaskRules.validate(docker("nightly-build", "61 2 * * *", "3600"), true).of(TaskRules.SCHEDULE)).isPresent();
    }

    @Test
    void namesTimeoutsAndImagesAreCheckedAndNothingIsBuiltFromBadInput() {
        var errors = TaskRules.validate(docker("ab", null, "10"), true);
        assertThat(errors.of(TaskRules.NAME)).hasValueSatisfying(m -> assertThat(m).contains("5 to 50"));
        assertThat(errors.of(TaskRules.TIMEOUT)).hasValueSatisfying(m -> assertThat(m).contains("300", "28800"));
        assertThat(TaskRules.validate(new TaskForm("good-name", TaskForm.Step.DOCKER, "src", "Dockerfile", "Web App:1",
                null, null, "Linux", null, "600", null, true), true).of(TaskRules.IMAGES)).isPresent();
        assertThatThrownBy(() -> TaskActions.create("/r", "eastus", "t", docker("ab", null, "600")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(TaskActions.create("/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/r",
                "eastus", "t", docker("nightly-build", "0 2 * * *", "600")).body())
                .contains("\"type\":\"Docker\"", "\"schedule\":\"0 2 * * *\"", "\"timeout\":600");
    }

    @Test
    void theFilterIsAcrsODataWithQuotesDoubled() {
        RunQuery q = new RunQuery(Set.of("Failed", "Error"), "o'brien", "QuickRun", Instant.parse("2025-08-01T00:00:00.5Z"), null);
        assertThat(RunFilters.odata(q)).isEqualTo("TaskName eq 'o''brien' and (Status eq 'Error' or Status eq 'Failed')"
                + " and RunType eq 'QuickRun' and CreateTime ge 2025-08-01T00:00:00Z");
        assertThat(RunFilters.odata(RunQuery.all())).isNull();
        assertThat(RunFilters.validate(Instant.parse("2025-08-02T00:00:00Z"), Instant.parse("2025-08-01T00:00:00Z"), "0").all())
                .containsKeys(RunFilters.RANGE, RunFilters.TOP);
    }

    @Test
    void agentPoolsTakeACountFrom0To100AndASubnetId() {
        assertThat(AgentPoolActions.validate("pool1", "101", "x", true).all()).containsKeys(AgentPoolActions.COUNT, AgentPoolActions.SUBNET);
        assertThat(AgentPoolActions.validate("pool1", "2", "/subscriptions/s/resourceGroups/g/providers/Microsoft.Network"
                + "/virtualNetworks/v/subnets/default", true).isEmpty()).isTrue();
    }
}
