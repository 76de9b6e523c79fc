package dev.assetmigration.schedulers;

import dev.assetmigration.model.AssetRef;
import dev.assetmigration.schedulers.internal.ReportJson;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a conversion did with every item of the source: each job, action, task, file, schedule
 * and each element that has no mapping. Nothing is left out silently: an element without a
 * mapping is listed as {@link Outcome#UNSUPPORTED}.
 *
 * <p>{@link #toJson()} writes this shape (documented in {@code docs/schedulers.md}):
 * <pre>{@code
 * {
 *   "scheduler": "oozie",
 *   "source": "/data/apps/daily-etl",
 *   "summary": {"CONVERTED": 7, "UNSUPPORTED": 1, "FAILED": 0},
 *   "items": [
 *     {"name": "load", "kind": "action", "outcome": "CONVERTED",
 *      "location": {"file": "workflow.xml", "element": "action[name=load]", "line": 14},
 *      "asset": "AUTO_TRIGGERED_TASK/oozie/daily-etl/load",
 *      "notes": ["error transition to 'notify' kept as failure handling"]}
 *   ]
 * }
 * }</pre>
 * {@code element}, {@code line} and {@code asset} are omitted when unknown or absent.
 *
 * @param scheduler {@code oozie}, {@code azkaban} or {@code airflow}
 * @param source the path that was read
 * @param items one entry per source item, in source order
 */
public record ConversionReport(String scheduler, String source, List<Item> items) {

    /** What became of one source item. */
    public enum Outcome {
        /** Converted into the asset named by {@link Item#asset()}. */
        CONVERTED,
        /** No mapping exists; rebuild by hand. A placeholder asset may carry its structure. */
        UNSUPPORTED,
        /** It has a mapping but could not be converted; the notes say why. */
        FAILED
    }

    /**
     * One source item.
     *
     * @param name the item's name in the source (action name, job name, task id, file path)
     * @param kind what it is in the source, for example {@code action}, {@code job},
     *     {@code task}, {@code file}, {@code schedule}
     * @param location where it is
     * @param outcome what became of it
     * @param asset the asset it became, or {@code null} if none
     * @param notes decisions worth knowing: approximations, failure paths, missing code
     */
    public record Item(String name, String kind, SourceLocation location, Outcome outcome,
            @Nullable AssetRef asset, List<String> notes) {

        /**
         * Creates an item; notes are copied.
         *
         * @throws NullPointerException if a non-nullable argument is null
         */
        public Item {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(outcome, "outcome");
            notes = List.copyOf(notes);
        }

        /**
         * Returns the asset the item became, if any.
         *
         * @return the reference
         */
        public Optional<AssetRef> assetRef() {
            return Optional.ofNullable(asset);
        }

        /** Returns {@code OUTCOME kind name (location) -> asset; notes}. */
        @Override
        public String toString() {
            return outcome + " " + kind + " " + name + " (" + location + ")"
                    + (asset != null ? " -> " + asset : "") + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
        }
    }

    /**
     * Creates a report; items are copied.
     *
     * @throws NullPointerException if an argument is null
     */
    public ConversionReport {
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(source, "source");
        items = List.copyOf(items);
    }

    /**
     * Counts the items per outcome.
     *
     * @return every outcome with its count, zero included
     */
    public Map<Outcome, Integer> summary() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0);
        }
        items.forEach(item -> counts.merge(item.outcome(), 1, Integer::sum));
        return counts;
    }

    /**
     * Returns the items with one outcome.
     *
     * @param outcome the outcome
     * @return those items, in source order
     */
    public List<Item> items(Outcome outcome) {
        return items.stream().filter(item -> item.outcome() == outcome).toList();
    }

    /**
     * Finds the item that became an asset.
     *
     * @param asset the asset reference
     * @return the item, if the asset came from this conversion
     */
    public Optional<Item> itemFor(AssetRef asset) {
        return items.stream().filter(item -> asset.equals(item.asset())).findFirst();
    }

    /**
     * Writes the report as JSON in the shape shown above.
     *
     * @return pretty-printed JSON
     */
    public String toJson() {
        return ReportJson.write(this);
    }

    /** Returns a summary line followed by one line per item that is not simply converted. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(scheduler + " conversion of " + source + ": " + summary());
        items.stream().filter(item -> item.outcome() != Outcome.CONVERTED || !item.notes().isEmpty())
                .forEach(item -> text.append("\n  ").append(item));
        return text.toString();
    }
}
