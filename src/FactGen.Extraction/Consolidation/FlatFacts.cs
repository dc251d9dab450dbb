using System;
using System.Collections.Generic;

namespace FactGen.Extraction.Consolidation;

/// <summary>One kind of fact of every document in one flat array, so mergers index facts by number.</summary>
internal static class FlatFacts
{
    /// <summary>
    /// The facts <paramref name="select"/> picks from each document, in document order; facts of document d
    /// are <c>Facts[DocumentStart[d] .. DocumentStart[d + 1])</c> and <c>Files[i]</c> names fact i's document.
    /// </summary>
    public static (int[] DocumentStart, string[] Files, T[] Facts) Of<T>(IReadOnlyList<DocumentFacts> documents, Func<DocumentFacts, EquatableArray<T>> select)
        where T : IEquatable<T>
    {
        var documentStart = new int[documents.Count + 1];
        for (var d = 0; d < documents.Count; d++)
        {
            documentStart[d + 1] = documentStart[d] + select(documents[d]).Count;
        }

        var files = new string[documentStart[documents.Count]];
        var facts = new T[files.Length];
        for (var d = 0; d < documents.Count; d++)
        {
            var own = select(documents[d]).AsArray();
            Array.Copy(own, 0, facts, documentStart[d], own.Length);
            for (var i = documentStart[d]; i < documentStart[d + 1]; i++)
            {
                files[i] = documents[d].Document.File;
            }
        }

        return (documentStart, files, facts);
    }
}
