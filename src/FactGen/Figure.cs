using System.Collections.Generic;

namespace FactGen;

/// <summary>A counted figure, such as "more than 800 companies".</summary>
public sealed record Figure
{
    /// <summary>Creates a figure.</summary>
    public Figure(decimal value, string unit, FigureQualifier qualifier, IReadOnlyList<Evidence> evidence)
    {
        Value = value;
        Unit = unit;
        Qualifier = qualifier;
        Evidence = evidence;
    }

    /// <summary>The number.</summary>
    public decimal Value { get; }

    /// <summary>What is counted.</summary>
    public string Unit { get; }

    /// <summary>Exact, more than, less than or about.</summary>
    public FigureQualifier Qualifier { get; }

    /// <summary>Every place that states it.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>How many articles support this fact (distinct files among its evidence).</summary>
    public int DocumentCount => EvidenceCounting.Documents(Evidence);

    /// <summary>"more than 800 companies".</summary>
    public override string ToString()
    {
        var prefix = Qualifier switch
        {
            FigureQualifier.MoreThan => "more than ",
            FigureQualifier.LessThan => "fewer than ",
            FigureQualifier.About => "about ",
            _ => string.Empty,
        };
        return prefix + Value.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture) + " " + Unit;
    }
}
