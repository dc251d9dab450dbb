using FactGen.Extraction;

namespace FactGen.Cli;

/// <summary>The contract's spelling of each enum value ("more-than", "speaker", ...).</summary>
internal static class Names
{
    public static string Of(PersonRole role) => role switch
    {
        PersonRole.Speaker => "speaker",
        PersonRole.Absent => "absent",
        _ => "mentioned",
    };

    public static string Of(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Company => "company",
        OrganizationKind.Government => "government",
        OrganizationKind.Media => "media",
        OrganizationKind.Party => "party",
        OrganizationKind.Sport => "sport",
        _ => "other",
    };

    public static string Of(OrganizationRole role) => role == OrganizationRole.Participant ? "participant" : "mentioned";

    public static string Of(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.MoreThan => "more-than",
        FigureQualifier.LessThan => "less-than",
        FigureQualifier.About => "about",
        _ => "exact",
    };

    public static string Of(FactSeverity severity) => severity switch
    {
        FactSeverity.Error => "error",
        FactSeverity.Warning => "warning",
        _ => "info",
    };
}
