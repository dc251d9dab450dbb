namespace FactGen.Extraction.People;

/// <summary>
/// A few words of a sentence in lower case, joined by spaces ("did not attend"), held in a reused
/// buffer so cue phrases can be matched against them without building a string for every mention.
/// </summary>
internal sealed class LowerWords
{
    private char[] _chars = new char[64];
    private int _length;

    /// <summary>Loads tokens [<paramref name="from"/>, <paramref name="from"/> + <paramref name="count"/>) of a sentence, as "didn't attend" and "absent:" are written.</summary>
    public LowerWords Load(NameContext context, int sentence, int from, int count)
    {
        _length = 0;
        var end = System.Math.Min(context.TokenCount(sentence), from + count);
        for (var i = from; i < end; i++)
        {
            if (i > from)
            {
                Append(" ");
            }

            Append(context.Info(sentence, i).Lower.Text);
        }

        // The tokenizer splits "didn't" and "absent:"; join them back.
        Replace(" ' t", "'t");
        Replace(" :", ":");
        return this;
    }

    public bool StartsWith(string phrase) => phrase.Length <= _length && Equals(0, phrase);

    public bool EndsWith(string phrase) => phrase.Length <= _length && Equals(_length - phrase.Length, phrase);

    private bool Equals(int at, string phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (_chars[at + i] != phrase[i])
            {
                return false;
            }
        }

        return true;
    }

    private void Append(string text)
    {
        if (_length + text.Length > _chars.Length)
        {
            System.Array.Resize(ref _chars, System.Math.Max(_chars.Length * 2, _length + text.Length));
        }

        text.CopyTo(0, _chars, _length, text.Length);
        _length += text.Length;
    }

    /// <summary>As <see cref="string.Replace(string, string)"/>: every occurrence, left to right; <paramref name="by"/> is shorter.</summary>
    private void Replace(string what, string by)
    {
        var write = 0;
        var read = 0;
        while (read < _length)
        {
            if (read + what.Length <= _length && Equals(read, what))
            {
                by.CopyTo(0, _chars, write, by.Length);
                write += by.Length;
                read += what.Length;
            }
            else
            {
                _chars[write++] = _chars[read++];
            }
        }

        _length = write;
    }
}
