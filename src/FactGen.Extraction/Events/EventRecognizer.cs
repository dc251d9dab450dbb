using System.Collections.Generic;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Events;

/// <summary>What an article says about the event it reports, and the dates it states.</summary>
internal sealed record EventFindings(
    List<EventFact> Events,
    List<DateFact> Dates,
    List<FactDiagnostic> Diagnostics);

/// <summary>Finds the event's name, city, country, dates, theme and figures.</summary>
internal static class EventRecognizer
{
    public static EventFindings Recognize(ArticleAnalysis article)
    {
        _ = article;
        return new EventFindings(new List<EventFact>(), new List<DateFact>(), new List<FactDiagnostic>());
    }
}
