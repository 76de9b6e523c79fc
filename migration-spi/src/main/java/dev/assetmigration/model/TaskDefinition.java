package dev.assetmigration.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a task runs and how: shared by scheduled and manual tasks.
 *
 * @param nodeType the kind of node
 * @param code the script or query text (UTF-8 text, at most 10 MiB of characters)
 * @param parameters scheduling parameters by name (for example {@code bizdate=$[yyyymmdd-1]}),
 *     sorted by name
 * @param rerunPolicy whether instances may be rerun
 * @param retries how many times a failed instance is retried automatically
 * @param resourceGroup the resource group the task runs on, or {@code null} for the default
 * @param dataSource the name of the bound data source, or {@code null}; the data source is also
 *     listed among the task's dependencies
 * @param computeEngine the compute engine or project the task runs against, or {@code null}
 */
public record TaskDefinition(
        @NotNull @Valid NodeType nodeType,
        @NotNull @Size(max = 10 * 1024 * 1024) String code,
        @NotNull Map<@NotBlank String, @NotNull String> parameters,
        @NotNull RerunPolicy rerunPolicy,
        @Min(0) int retries,
        @Nullable @Size(max = 256) String resourceGroup,
        @Nullable @Size(max = 256) String dataSource,
        @Nullable @Size(max = 256) String computeEngine) {

    /**
     * Creates a definition; parameters are copied and sorted.
     *
     * @throws NullPointerException if a non-nullable component is null
     */
    public TaskDefinition {
        Objects.requireNonNull(nodeType, "nodeType");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rerunPolicy, "rerunPolicy");
        parameters = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(parameters, "parameters")));
    }

    /**
     * A definition with the given node type and code, no parameters, rerun always allowed, no
     * retries and no resource group, data source or compute engine.
     *
     * @param nodeType the node type
     * @param code the code
     * @return the definition
     */
    public static TaskDefinition of(NodeType nodeType, String code) {
        return new TaskDefinition(nodeType, code, Map.of(), RerunPolicy.ALWAYS, 0, null, null, null);
    }

    /**
     * Returns a copy with other code.
     *
     * @param newCode the code
     * @return the copy
     */
    public TaskDefinition withCode(String newCode) {
        return new TaskDefinition(nodeType, newCode, parameters, rerunPolicy, retries, resourceGroup, dataSource, computeEngine);
    }

    /**
     * Returns a copy with other parameters.
     *
     * @param newParameters the parameters
     * @return the copy
     */
    public TaskDefinition withParameters(Map<String, String> newParameters) {
        return new TaskDefinition(nodeType, code, newParameters, rerunPolicy, retries, resourceGroup, dataSource, computeEngine);
    }

    /**
     * Returns a copy with another rerun policy and retry count.
     *
     * @param policy the policy
     * @param retryCount automatic retries
     * @return the copy
     */
    public TaskDefinition withRerun(RerunPolicy policy, int retryCount) {
        return new TaskDefinition(nodeType, code, parameters, policy, retryCount, resourceGroup, dataSource, computeEngine);
    }

    /**
     * Returns a copy on another resource group.
     *
     * @param group the resource group, or {@code null}
     * @return the copy
     */
    public TaskDefinition withResourceGroup(@Nullable String group) {
        return new TaskDefinition(nodeType, code, parameters, rerunPolicy, retries, group, dataSource, computeEngine);
    }

    /**
     * Returns a copy bound to another data source.
     *
     * @param name the data source name, or {@code null}
     * @return the copy
     */
    public TaskDefinition withDataSource(@Nullable String name) {
        return new TaskDefinition(nodeType, code, parameters, rerunPolicy, retries, resourceGroup, name, computeEngine);
    }

    /**
     * Returns a copy against another compute engine or project.
     *
     * @param engine the compute engine, or {@code null}
     * @return the copy
     */
    public TaskDefinition withComputeEngine(@Nullable String engine) {
        return new TaskDefinition(nodeType, code, parameters, rerunPolicy, retries, resourceGroup, dataSource, engine);
    }
}
