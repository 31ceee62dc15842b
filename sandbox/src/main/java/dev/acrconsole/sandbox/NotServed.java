package dev.acrconsole.sandbox;

import java.util.List;

/**
 * Operations Microsoft publishes that the sandbox does not serve. A client calling one hears so in ARM's error shape
 * (501 NotImplemented, naming the operation), not a 404 that blames another resource type.
 */
final class NotServed {

    private record Operation(PathPattern path, String name, String why) {
    }

    private static final String REGISTRY = RegistryChildren.REGISTRY_PATH;
    private static final String NO_CONTENTS = "the sandbox moves no contents through pipelines or archives";
    private static final List<Operation> OPERATIONS = List.of(
            op(REGISTRY + "/exportPipelines", "ExportPipelines_List", NO_CONTENTS),
            op(REGISTRY + "/exportPipelines/{name}", "ExportPipelines", NO_CONTENTS),
            op(REGISTRY + "/importPipelines", "ImportPipelines_List", NO_CONTENTS),
            op(REGISTRY + "/importPipelines/{name}", "ImportPipelines", NO_CONTENTS),
            op(REGISTRY + "/pipelineRuns", "PipelineRuns_List", NO_CONTENTS),
            op(REGISTRY + "/pipelineRuns/{name}", "PipelineRuns", NO_CONTENTS),
            op(REGISTRY + "/packages/{type}/archives", "Archives_List", NO_CONTENTS),
            op(REGISTRY + "/packages/{type}/archives/{name}", "Archives", NO_CONTENTS),
            op(REGISTRY + "/listBuildSourceUploadUrl", "Registries_GetBuildSourceUploadUrl",
                    "the sandbox takes no uploads of build sources"),
            op("/providers/Microsoft.ContainerRegistry/operations", "Operations_List", "the operations list is not served"));

    private NotServed() {
    }

    private static Operation op(String template, String name, String why) {
        return new Operation(new PathPattern(template), name, why);
    }

    /** Throws ARM's 501 if the request is one of the published operations the sandbox does not serve. */
    static void check(Request request) {
        for (Operation o : OPERATIONS) {
            if (o.path().match(request.path()).isPresent()) {
                throw new ArmException(501, "NotImplemented", "The sandbox does not implement " + o.name() + " ("
                        + request.method() + " " + request.path() + "): " + o.why() + ". See sandbox/README.md.");
            }
        }
    }
}
