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
    private readonly int[] _group;

    /// <param name="documentFile">Per article, its file name.</param>
    /// <param name="documentStart">Per article, its first item; one more entry holds the item count.</param>
    /// <param name="written">Per item, the name its article wrote.</param>
    /// <param name="canonical">Per item, its merged name.</param>
    /// <param name="group">Per item, its group's position in the merge order.</param>
    public CanonicalNames(string[] documentFile, int[] documentStart, string[] written, string[] canonical, int[] group)
    {
        _documentFile = documentFile;
        _documentStart = documentStart;
        _written = written;
        _canonical = canonical;
        _group = group;
    }

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
        var latest = -1;
        for (var i = _documentStart[first]; i < _documentStart[last + 1]; i++)
        {
            if (_group[i] > latest && _written[i] == name)
            {
                found = _canonical[i];
                latest = _group[i];
            }
        }

        return found;
    }
}
