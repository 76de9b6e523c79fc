package dev.assetmigration.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * A reusable code template: code with declared input and output parameters, which tasks
 * instantiate.
 *
 * @param meta the common fields
 * @param nodeType the language of the code
 * @param code the template code
 * @param inputs the declared input parameters in order
 * @param outputs the declared output parameters in order
 */
public record Component(
        @NotNull @Valid AssetMeta meta,
        @NotNull @Valid NodeType nodeType,
        @NotNull @Size(max = 10 * 1024 * 1024) String code,
        @NotNull List<@NotNull @Valid ComponentParameter> inputs,
        @NotNull List<@NotNull @Valid ComponentParameter> outputs) implements Asset {

    /**
     * Creates the component; lists are copied.
     *
     * @throws NullPointerException if an argument is null
     */
    public Component {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(nodeType, "nodeType");
        Objects.requireNonNull(code, "code");
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        outputs = List.copyOf(Objects.requireNonNull(outputs, "outputs"));
    }

    @Override
    public AssetType type() {
        return AssetType.COMPONENT;
    }

    @Override
    public Component withMeta(AssetMeta newMeta) {
        return new Component(newMeta, nodeType, code, inputs, outputs);
    }

    /**
     * Returns a copy with other code.
     *
     * @param newCode the template code
     * @return the copy
     */
    public Component withCode(String newCode) {
        return new Component(meta, nodeType, newCode, inputs, outputs);
    }
}
