namespace FactGen.Extraction.Quotes;

/// <summary>
/// A transcript's speaker label at the start of a quotation ("ROE: Well, look…", "MS. ROE: …"):
/// words in capitals followed by a colon.
/// </summary>
internal static class TranscriptLabel
{
    /// <summary>Length of the label (colon and space included) at <paramref name="start"/>, or 0.</summary>
    public static int Measure(string text, int start, int end, out string name)
    {
        name = string.Empty;
        var i = start;
        var words = 0;
        var letters = 0;
        while (i < end && words <= 4)
        {
            var c = text[i];
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c == ' ')
            {
                words++;
            }
            else if (c == ':')
            {
                break;
            }
            else if (!(c is '.' or '\'' or '\u2019' or '-'))
            {
                return 0;
            }

            i++;
        }

        if (i >= end || text[i] != ':' || letters < 2 || i + 1 >= end || text[i + 1] != ' ')
        {
            return 0;
        }

        name = TitleCase(text.Substring(start, i - start).Trim());
        return i + 2 - start;
    }

    /// <summary>"MR. ROE" → "Mr. Roe".</summary>
    private static string TitleCase(string label)
    {
        var chars = label.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            var startsWord = k == 0 || chars[k - 1] is ' ' or '-' or '\'' or '\u2019';
            chars[k] = startsWord ? chars[k] : char.ToLowerInvariant(chars[k]);
        }

        return new string(chars);
    }
}
