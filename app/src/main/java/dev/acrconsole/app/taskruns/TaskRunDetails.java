package dev.acrconsole.app.taskruns;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Json;
import dev.acrconsole.app.tasks.TaskDetails;
import java.util.ArrayList;
import java.util.List;

/** A task run: the run request it keeps (which task, with which values) and the run it last started. */
public record TaskRunDetails(String id, String name, String requestType, String taskId, String values,
                             String runId, String runStatus, String provisioningState, String forceUpdateTag,
                             String location) {

    public static TaskRunDetails parse(String json) {
        JsonNode t = Json.read(json);
        JsonNode p = t.path("properties");
        JsonNode request = p.path("runRequest");
        JsonNode result = p.path("runResult");
        JsonNode values = request.path("overrideTaskStepProperties").path("values");
        if (values.isMissingNode()) {
            values = request.path("values");
        }
        return new TaskRunDetails(Json.text(t, "id"), Json.text(t, "name"), Json.text(request, "type"),
                Json.text(request, "taskId"), TaskDetails.values(values),
                Json.textOr(result.path("properties"), "runId", Json.text(result, "name")),
                Json.text(result.path("properties"), "status"), Json.text(p, "provisioningState"),
                Json.text(p, "forceUpdateTag"), Json.text(t, "location"));
    }

    public String task() {
        return taskId == null ? null : taskId.substring(taskId.lastIndexOf('/') + 1);
    }

    public List<DetailField> fields() {
        List<DetailField> f = new ArrayList<>();
        f.add(new DetailField("Run request", requestType));
        f.add(new DetailField("Task", task()));
        f.add(new DetailField("Values", values));
        f.add(new DetailField("Last run", runId));
        f.add(new DetailField("Last run status", runStatus));
        f.add(new DetailField("Force update tag", forceUpdateTag));
        f.add(new DetailField("Location", location));
        f.add(new DetailField("Provisioning state", provisioningState));
        f.add(DetailField.copyable("Resource ID", id));
        return f;
    }
}
