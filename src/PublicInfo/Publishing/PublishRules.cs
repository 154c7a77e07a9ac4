using PublicInfo.Content;

namespace PublicInfo.Publishing;

/// <summary>Rules that only apply when publishing, because they compare with what the log already holds.</summary>
public static class PublishRules
{
    public static readonly RuleDescriptor ChangeNoteRequired = new("PI3001", Severity.Error, "substantive change without a new change_note",
        "write a change_note that says what changed for citizens (e.g. 收费由160元降为120元)");
    public static readonly RuleDescriptor PublishedGuideRemoved = new("PI3002", Severity.Error, "a published guide's file is gone",
        "restore the file and set status: withdrawn; published guides are never deleted");
    public static readonly RuleDescriptor DirtyWorkingTree = new("PI3003", Severity.Error, "uncommitted changes",
        "commit the changes first so the log can name the source commit, or pass --allow-dirty");
    public static readonly RuleDescriptor NoLogOrigin = new("PI3004", Severity.Error, "no log origin",
        "set log_origin in site/site.yml, e.g. ga.example.invalid/publicinfo; it names the log and never changes");
    public static readonly RuleDescriptor WrongKey = new("PI3005", Severity.Error, "signing key does not match site.yml",
        "sign with the key whose public half is in site.yml's public_key, or update public_key deliberately");
}
