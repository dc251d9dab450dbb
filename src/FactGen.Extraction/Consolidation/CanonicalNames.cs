namespace FactGen.Extraction.Consolidation;

/// <summary>
/// The merged name of every person or organization of every article, found by article index and the
/// name the article wrote. Items are stored article by article, so a lookup scans one article's few names.
/// </summary>
internal sealed class CanonicalNames
{
    private readonly string[] _documentFile;
    private readonly int[] _documentStart;
    private readonly string[] _written;
    private readonly string[] _canonical;
    private readonly long[] _rank;

    /// <param name="documentFile">Per article, its file name.</param>
    /// <param name="documentStart">Per article, its first item; one more entry holds the item count.</param>
    /// <param name="written">Per item, the name its article wrote.</param>
    /// <param name="canonical">Per item, its merged name.</param>
    /// <param name="rank">Per item, its group's rank in the merge order (any numbers that order the groups as merged).</param>
    public CanonicalNames(string[] documentFile, int[] documentStart, string[] written, string[] canonical, long[] rank)
    {
        _documentFile = documentFile;
        _documentStart = documentStart;
        _written = written;
        _canonical = canonical;
        _rank = rank;
    }

    /// <summary>
    /// Per article, whether its items' names may differ from the names the previous table gave (set by an edit's
    /// <see cref="Spliced"/>); null when any may.
    /// </summary>
    public bool[]? Changed { get; private set; }

    /// <summary>Marks article <paramref name="document"/>'s names as changed.</summary>
    public void MarkChanged(int document) => Changed![document] = true;

    /// <summary>
    /// The merged name of <paramref name="name"/> in article <paramref name="document"/>, or null. When the article
    /// wrote one name for two items, the one merged last wins (as a dictionary overwritten group by group would give).
    /// Articles that share a file name (sorted, so adjacent) share their names, as a (file, name) key would.
    /// </summary>
    public string? Find(int document, string name)
    {
        var first = document;
        while (first > 0 && _documentFile[first - 1] == _documentFile[document])
        {
            first--;
        }

        var last = document;
        while (last + 1 < _documentFile.Length && _documentFile[last + 1] == _documentFile[document])
        {
            last++;
        }

        string? found = null;
        var latest = -1L;
        for (var i = _documentStart[first]; i < _documentStart[last + 1]; i++)
        {
            if (_rank[i] > latest && _written[i] == name)
            {
                found = _canonical[i];
                latest = _rank[i];
            }
        }

        return found;
    }

    /// <summary>
    /// These names after an in-place edit: the documents <paramref name="replaced"/> marks take the names
    /// <paramref name="written"/> gives them (their merged names and ranks left for the caller to set, as for every item
    /// whose group changed); every other document keeps its items' names and ranks.
    /// </summary>
    /// <param name="replaced">Per document, whether it was replaced.</param>
    /// <param name="written">Per document, the names its items write now (read for replaced documents only).</param>
    /// <param name="documentStart">Per document, its first item in the result; one more entry holds the item count.</param>
    /// <param name="canonical">The result's merged names, filled but for the replaced documents' items.</param>
    /// <param name="rank">The result's ranks, likewise.</param>
    public CanonicalNames Spliced(bool[] replaced, System.Func<int, string[]> written, out int[] documentStart, out string[] canonical, out long[] rank)
    {
        var count = _documentFile.Length;
        documentStart = new int[count + 1];
        for (var d = 0; d < count; d++)
        {
            documentStart[d + 1] = documentStart[d] + (replaced[d] ? written(d).Length : _documentStart[d + 1] - _documentStart[d]);
        }

        var total = documentStart[count];
        var names = new string[total];
        canonical = new string[total];
        rank = new long[total];
        for (var d = 0; d < count;)
        {
            if (replaced[d])
            {
                var own = written(d);
                System.Array.Copy(own, 0, names, documentStart[d], own.Length);
                d++;
                continue;
            }

            // A run of kept documents: one copy per array.
            var end = d + 1;
            while (end < count && !replaced[end])
            {
                end++;
            }

            var from = _documentStart[d];
            var length = _documentStart[end] - from;
            System.Array.Copy(_written, from, names, documentStart[d], length);
            System.Array.Copy(_canonical, from, canonical, documentStart[d], length);
            System.Array.Copy(_rank, from, rank, documentStart[d], length);
            d = end;
        }

        return new CanonicalNames(_documentFile, documentStart, names, canonical, rank) { Changed = (bool[])replaced.Clone() };
    }
}
