using FactGen.Extraction.Events;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Tests.Events;

/// <summary>Runs the event stage on a small article written for the test.</summary>
internal static class EventTestText
{
    public static ArticleAnalysis Analyse(string text, string file = "test.txt") => new(ArticleText.Create(file, text));

    public static EventFindings Recognize(string text) => EventRecognizer.Recognize(Analyse(text));

    public static EventFact SingleEvent(string text)
    {
        var findings = Recognize(text);
        return Assert.Single(findings.Events);
    }
}
