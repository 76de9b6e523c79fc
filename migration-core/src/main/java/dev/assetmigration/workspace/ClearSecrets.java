package dev.assetmigration.workspace;

/**
 * What a directory workspace does with a clear data-source secret it is asked to store. Asset
 * files never hold one: a descriptor always carries the placeholder {@code <dataSource>.<key>}.
 */
public enum ClearSecrets {
    /**
     * Refuse the write (code {@code AM-DIR-004}): the default, for workspaces that live in git.
     * Placeholders are stored as they are.
     */
    REFUSE,
    /**
     * Keep clear values in {@code .migration/secrets.jsonl}, beside the asset files and listed in
     * {@code .migration/.gitignore}, and give them back on read. For a workspace on one machine
     * that must hand real secrets on, and for the conformance kit.
     */
    LOCAL_FILE
}
