namespace FactGen.Extraction;

/// <summary>What a person does in an article.</summary>
public enum PersonRole
{
    /// <summary>Named, but neither quoted nor reported as speaking.</summary>
    Mentioned,

    /// <summary>Quoted directly or reported as saying something, or listed among the speakers.</summary>
    Speaker,

    /// <summary>Reported as not attending ("did not participate", "notably absent").</summary>
    Absent,
}

/// <summary>What kind of body an organization is.</summary>
public enum OrganizationKind
{
    /// <summary>A business.</summary>
    Company,

    /// <summary>A government, ministry, agency or international governmental body.</summary>
    Government,

    /// <summary>A news outlet, broadcaster or agency.</summary>
    Media,

    /// <summary>A political party.</summary>
    Party,

    /// <summary>A sports club, team or federation.</summary>
    Sport,

    /// <summary>Anything else (universities, NGOs, institutes...).</summary>
    Other,
}

/// <summary>How an organization relates to the event.</summary>
public enum OrganizationRole
{
    /// <summary>Named only.</summary>
    Mentioned,

    /// <summary>The text says it takes part (exhibits, participates, is featured).</summary>
    Participant,
}

/// <summary>How a reported figure qualifies its number.</summary>
public enum FigureQualifier
{
    /// <summary>The number as stated ("40 models").</summary>
    Exact,

    /// <summary>"more than", "over", "800+".</summary>
    MoreThan,

    /// <summary>"fewer than", "under", "less than".</summary>
    LessThan,

    /// <summary>"about", "around", "nearly", "some".</summary>
    About,
}

/// <summary>How serious a diagnostic is.</summary>
public enum FactSeverity
{
    /// <summary>Informational.</summary>
    Info,

    /// <summary>Something is probably wrong in the input.</summary>
    Warning,

    /// <summary>Input could not be processed.</summary>
    Error,
}
