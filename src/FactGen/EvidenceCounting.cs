using System;
using System.Collections.Generic;

namespace FactGen;

/// <summary>Counts over evidence lists shared by the fact types.</summary>
internal static class EvidenceCounting
{
    /// <summary>How many distinct articles the evidence comes from.</summary>
    public static int Documents(IReadOnlyList<Evidence> evidence)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in evidence)
        {
            files.Add(e.File);
        }

        return files.Count;
    }
}
