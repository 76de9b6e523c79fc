package dev.assetmigration.pkg.internal;

import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON settings of the format: one mapper, and a pretty printer whose output does not depend
 * on the platform (two-space indent, {@code \n} line ends), so packages are byte-identical
 * everywhere.
 */
public final class Json {

    /** The mapper used for reading whole documents into trees; trailing content is an error. */
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The mapper used for reading one value at a time out of a larger document. */
    public static final JsonMapper STREAMING = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }

    /**
     * Opens a compact generator (no whitespace at all), for machine-read documents such as the
     * manifest; the caller closes it, which closes {@code out}.
     *
     * @param out where the UTF-8 JSON goes
     * @return the generator
     */
    public static JsonGenerator compactGenerator(OutputStream out) {
        return MAPPER.createGenerator(out);
    }

    /**
     * Opens a pretty-printing generator; the caller closes it, which does not close {@code out}
     * beyond what Jackson's defaults do (it closes the target; pass a shield if needed).
     *
     * @param out where the UTF-8 JSON goes
     * @return the generator
     */
    public static JsonGenerator generator(OutputStream out) {
        return PRETTY.createGenerator(out);
    }
}
