using System;
using System.Collections.Generic;
using FactGen.Extraction;

namespace FactGen.Generator.Model;

/// <summary>The event most articles report: what <c>Facts.Event</c>, the event constants and <c>pin event</c> refer to.</summary>
internal static class MainEvent
{
    /// <summary>Index of the event supported by the most documents (ties: the first), or -1 when there is none.</summary>
    public static int IndexOf(IReadOnlyList<EventFact> events)
    {
        var best = -1;
        var bestSupport = -1;
        for (var i = 0; i < events.Count; i++)
        {
            var files = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in events[i].Evidence)
            {
                files.Add(e.File);
            }

            if (files.Count > bestSupport)
            {
                best = i;
                bestSupport = files.Count;
            }
        }

        return best;
    }
}
