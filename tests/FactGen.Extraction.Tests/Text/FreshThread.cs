using System.Threading;

namespace FactGen.Extraction.Tests.Text;

/// <summary>
/// Extraction on a new thread, whose per-thread working sets (article scratch, quotation scratch, word table)
/// are all fresh: what an extraction after other articles on a reused thread must match.
/// </summary>
internal static class FreshThread
{
    public static DocumentFacts Extract(string file, string text)
    {
        DocumentFacts? facts = null;
        var thread = new Thread(() => facts = DocumentExtractor.Extract(file, text));
        thread.Start();
        thread.Join();
        return facts!;
    }
}
