namespace FactGen;

/// <summary>What a person does in the articles.</summary>
public enum PersonRole
{
    /// <summary>Named, but neither quoted nor reported as speaking.</summary>
    Mentioned,

    /// <summary>Quoted, reported as saying something, or listed among the speakers.</summary>
    Speaker,

    /// <summary>Reported as not attending.</summary>
    Absent,
}

/// <summary>What kind of body an organization is.</summary>
public enum OrganizationKind
{
    /// <summary>A business.</summary>
    Company,

    /// <summary>A government, ministry or governmental agency.</summary>
    Government,

    /// <summary>A news outlet or agency.</summary>
    Media,

    /// <summary>A political party.</summary>
    Party,

    /// <summary>A sports club, team or federation.</summary>
    Sport,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>How an organization relates to the event.</summary>
public enum OrganizationRole
{
    /// <summary>Named only.</summary>
    Mentioned,

    /// <summary>Takes part in the event (exhibitor, participant).</summary>
    Participant,
}

/// <summary>How a figure qualifies its number.</summary>
public enum FigureQualifier
{
    /// <summary>The number as stated.</summary>
    Exact,

    /// <summary>"more than", "over", "800+".</summary>
    MoreThan,

    /// <summary>"fewer than", "under".</summary>
    LessThan,

    /// <summary>"about", "around", "nearly".</summary>
    About,
}
