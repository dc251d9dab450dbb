using System;
using System.Collections.Generic;
using FactGen.Extraction.People;

namespace FactGen.Extraction.Text;

/// <summary>
/// Working arrays of one article (tokens, per-token and per-sentence tables), kept per thread and reused from
/// one article to the next, so the engine allocates them once per thread rather than once per article. An
/// article takes its thread's set when its analysis starts and gives it back when its facts are built; an
/// article analysed while another holds the set (a test, a nested call) simply gets a set of its own.
/// Arrays are at least as long as asked for, never exactly: readers go by the article's own counts.
/// </summary>
internal sealed class ArticleScratch
{
    // A set that grew past this many elements in one array is not kept: a huge article must not pin its
    // memory on the thread after it is done.
    private const int MaxKeptLength = 1 << 18;

    [ThreadStatic]
    private static ArticleScratch? _free;

    private ArticleScratch()
    {
    }

    /// <summary>The article's sentences.</summary>
    public List<Sentence> Sentences = new();

    /// <summary>Every sentence object made on this thread so far, made again into the next article's sentences.</summary>
    public List<Sentence> SentenceObjects = new();

    /// <summary>Every token of the article, sentence after sentence.</summary>
    public Token[] Tokens = Array.Empty<Token>();

    /// <summary>Per token, the <see cref="WordHash"/> of its characters.</summary>
    public int[] TokenHashes = Array.Empty<int>();

    /// <summary>Per sentence, the index of its first token; one more entry holds the token count.</summary>
    public int[] SentenceFirstToken = Array.Empty<int>();

    /// <summary>Per sentence, its start offset in the text.</summary>
    public int[] SentenceStarts = Array.Empty<int>();

    /// <summary>Per sentence, its tokens as a range of <see cref="Tokens"/>.</summary>
    public TokenRange[] SentenceTokens = Array.Empty<TokenRange>();

    /// <summary>Per paragraph, the index of its first sentence; one more entry holds the sentence count.</summary>
    public int[] ParagraphFirstSentence = Array.Empty<int>();

    /// <summary>True while a name context uses the name arrays below.</summary>
    public bool NameArraysTaken;

    /// <summary>Per token, the id of its word in the word table.</summary>
    public int[] WordIds = Array.Empty<int>();

    /// <summary>Per token, whether it may belong to a name (see People.NameContext.NameWords).</summary>
    public sbyte[] NameWords = Array.Empty<sbyte>();

    /// <summary>Per sentence, where a list of organizations starts.</summary>
    public int[] ListStarts = Array.Empty<int>();

    /// <summary>Per sentence, the first speaker noun (see People.NameContext.FirstSpeakerNoun).</summary>
    public int[] FirstSpeakerNouns = Array.Empty<int>();

    /// <summary>Per sentence, the flags of People.NameContext.</summary>
    public bool[] Shouting = Array.Empty<bool>();

    /// <inheritdoc cref="Shouting"/>
    public bool[] TableLine = Array.Empty<bool>();

    /// <inheritdoc cref="Shouting"/>
    public bool[] HasLowercaseWord = Array.Empty<bool>();

    /// <inheritdoc cref="Shouting"/>
    public bool[] EventWordSentences = Array.Empty<bool>();

    /// <inheritdoc cref="Shouting"/>
    public bool[] ListCueSentences = Array.Empty<bool>();

    /// <inheritdoc cref="Shouting"/>
    public bool[] MayNameEventSentences = Array.Empty<bool>();

    /// <summary>The capitalised runs of every sentence (see People.NameContext.Spans).</summary>
    public List<NameSpan> NameSpans = new();

    /// <summary>Per sentence, where its runs start in <see cref="NameSpans"/>; one more entry holds their count.</summary>
    public int[] NameSpanStarts = Array.Empty<int>();

    /// <summary>Working lists of the organization recogniser (see Organizations.OrganizationRecognizer).</summary>
    public List<NameSpan> JoinedSpans = new();

    /// <inheritdoc cref="JoinedSpans"/>
    public List<NameSpan> SpanParts = new();

    /// <summary>The mentions of the article's people index.</summary>
    public List<PersonMention> PersonMentions = new();

    /// <summary>The people of the article's people index.</summary>
    public List<PersonEntity> People = new();

    /// <summary>People of finished articles, made into the next article's people (see People.PersonEntity.Reset).</summary>
    public List<PersonEntity> SparePeople = new();

    /// <summary>Mentions of finished articles, refilled as the next article's (see People.PeopleIndex.NewMention).</summary>
    public List<PersonMention> SpareMentions = new();

    /// <summary>Per token, whether a person's mention covers it (used within one call of the organization recogniser).</summary>
    public bool[] CoveredTokens = Array.Empty<bool>();

    /// <summary>Per token, the flags of the quotation finder's paragraph views.</summary>
    public byte[] TokenFlags = Array.Empty<byte>();

    /// <summary>This thread's free set, or a new one when it is taken.</summary>
    public static ArticleScratch Take()
    {
        var scratch = _free;
        if (scratch is null)
        {
            return new ArticleScratch();
        }

        _free = null;
        return scratch;
    }

    /// <summary>Gives the set back to this thread once the article that took it is done with it.</summary>
    public void Release()
    {
        NameArraysTaken = false;
        if (Tokens.Length > MaxKeptLength || TokenHashes.Length > MaxKeptLength || WordIds.Length > MaxKeptLength || SentenceTokens.Length > MaxKeptLength ||
            NameSpans.Capacity > MaxKeptLength || Sentences.Capacity > MaxKeptLength || SentenceObjects.Count > MaxKeptLength / 16 ||
            PersonMentions.Capacity > MaxKeptLength || People.Capacity > MaxKeptLength)
        {
            return;
        }

        _free = this;
    }

    /// <summary><paramref name="array"/> when it holds at least <paramref name="length"/> elements, else a longer one (contents not kept).</summary>
    public static T[] AtLeast<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            // Rounded up, so articles of growing size do not reallocate every time.
            var size = 256;
            while (size < length && size < int.MaxValue / 2)
            {
                size *= 2;
            }

            array = new T[Math.Max(size, length)];
        }

        return array;
    }

    /// <summary>As <see cref="AtLeast{T}"/>, with the first <paramref name="length"/> elements set to their default.</summary>
    public static T[] Cleared<T>(ref T[] array, int length)
    {
        var result = AtLeast(ref array, length);
        Array.Clear(result, 0, length);
        return result;
    }
}
