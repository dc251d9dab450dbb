using System.Collections.Generic;

namespace FactGen.Extraction.Text;

/// <summary>
/// One article under analysis: its text, sentences and tokens, shared by every recogniser so
/// each piece is computed once.
/// </summary>
internal sealed class ArticleAnalysis
{
    // Every token of the article, sentence after sentence; _sentenceFirstToken[s] is sentence s's first one.
    // These arrays come from the thread's scratch set, so they may be longer than the article needs.
    private readonly Token[] _tokens;
    private readonly int[] _sentenceFirstToken;

    // Each sentence's start offset, for the binary search of SentenceIndexAt.
    private readonly int[] _sentenceStarts;

    // Index of each paragraph's first sentence, plus one past the last sentence at the end.
    private readonly int[] _paragraphFirstSentence;

    public ArticleAnalysis(ArticleText text)
    {
        Text = text;
        Scratch = ArticleScratch.Take();
        Sentences = Scratch.Sentences;
        SentenceSplitter.Split(text, Sentences, Scratch.SentenceObjects);
        var sentences = Sentences.Count;
        _tokens = Tokenizer.TokenizeSentences(text.Text, Sentences, Scratch, out _sentenceFirstToken, out var hashes);
        TokenHashes = hashes;
        SentenceTokens = ArticleScratch.AtLeast(ref Scratch.SentenceTokens, sentences);
        _sentenceStarts = ArticleScratch.AtLeast(ref Scratch.SentenceStarts, sentences);
        for (var i = 0; i < sentences; i++)
        {
            _sentenceStarts[i] = Sentences[i].Start;
            SentenceTokens[i] = new TokenRange(_tokens, _sentenceFirstToken[i], _sentenceFirstToken[i + 1] - _sentenceFirstToken[i]);
        }

        ParagraphCount = sentences == 0 ? 0 : Sentences[sentences - 1].Paragraph + 1;
        _paragraphFirstSentence = ArticleScratch.AtLeast(ref Scratch.ParagraphFirstSentence, ParagraphCount + 1);
        for (var i = sentences - 1; i >= 0; i--)
        {
            _paragraphFirstSentence[Sentences[i].Paragraph] = i;
        }

        _paragraphFirstSentence[ParagraphCount] = sentences;
    }

    /// <summary>
    /// The article's first name context, once the person recogniser made it: the word of every token, so later
    /// stages read a word's lexicon facts by token index instead of looking its text up again. Null before.
    /// </summary>
    public People.NameContext? Names { get; set; }

    /// <summary>True once <see cref="Dateline"/> holds what <see cref="Events.DatelineReader.Read"/> found.</summary>
    public bool DatelineRead { get; set; }

    /// <summary>The article's dateline as <see cref="Events.DatelineReader.Read"/> found it (null when none).</summary>
    public Events.Dateline? Dateline { get; set; }

    /// <summary>The thread's reused working arrays this article holds until <see cref="Release"/>.</summary>
    public ArticleScratch Scratch { get; }

    /// <summary>Gives the working arrays back to the thread: nothing of this analysis may be read afterwards.</summary>
    public void Release() => Scratch.Release();

    /// <summary>Index of sentence <paramref name="sentence"/>'s first token among all tokens of the article.</summary>
    public int FirstTokenOf(int sentence) => _sentenceFirstToken[sentence];

    /// <summary>Per sentence, the index of its first token; one more entry holds the token count (the array may be longer).</summary>
    public int[] SentenceFirstTokens => _sentenceFirstToken;

    /// <summary>Per token of <see cref="AllTokens"/>, the <see cref="WordHash"/> of its characters (the array may be longer).</summary>
    public int[] TokenHashes { get; }

    /// <summary>Every token of the article, sentence after sentence.</summary>
    public TokenRange AllTokens => new(_tokens, 0, TokenCount);

    /// <summary>The number of tokens in the whole article.</summary>
    public int TokenCount => _sentenceFirstToken[Sentences.Count];

    /// <summary>Number of paragraphs (non-blank lines).</summary>
    public int ParagraphCount { get; }

    /// <summary>
    /// The tokens of paragraph <paramref name="paragraph"/> (the n-th non-blank line): its sentences' tokens
    /// joined, which is what tokenising the whole line gives, since sentences split only at spaces.
    /// </summary>
    public TokenRange ParagraphTokens(int paragraph)
    {
        // A paragraph's sentences are consecutive, so its tokens are one run of the article's array.
        var first = _sentenceFirstToken[_paragraphFirstSentence[paragraph]];
        var end = _sentenceFirstToken[_paragraphFirstSentence[paragraph + 1]];
        return new TokenRange(_tokens, first, end - first);
    }

    /// <summary>Index of paragraph <paramref name="paragraph"/>'s first token among all tokens of the article.</summary>
    public int ParagraphFirstToken(int paragraph) => _sentenceFirstToken[_paragraphFirstSentence[paragraph]];

    public ArticleText Text { get; }

    public string Raw => Text.Text;

    public List<Sentence> Sentences { get; }

    /// <summary>Tokens of each sentence, by sentence index (the array may be longer than <see cref="Sentences"/>).</summary>
    public TokenRange[] SentenceTokens { get; }

    /// <summary>The token's text (a copy: prefer the comparisons below on hot paths).</summary>
    public string TextOf(Token token) => Raw.Substring(token.Start, token.Length);

    /// <summary>True when the token's text is exactly <paramref name="word"/> (ordinal, no copy).</summary>
    public bool Is(Token token, string word) =>
        token.Length == word.Length && string.CompareOrdinal(Raw, token.Start, word, 0, word.Length) == 0;

    /// <summary>True when the token's text is in <paramref name="lexicon"/> (its own case rule, no copy).</summary>
    public bool In(Token token, Lexicons.Lexicon lexicon) => lexicon.Contains(Raw, token.Start, token.Length);

    /// <summary>True when the token's text is in <paramref name="set"/> (no copy).</summary>
    public bool In(Token token, SliceSet set) => set.Contains(Raw, token.Start, token.Length);

    /// <summary><c>set.Contains(TextOf(token).ToLowerInvariant())</c> without the copies.</summary>
    public bool LowerIn(Token token, SliceSet set) => set.ContainsLowered(Raw, token.Start, token.Length);

    /// <summary>Index of the sentence that holds <paramref name="offset"/> (or the nearest one before it).</summary>
    public int SentenceIndexAt(int offset)
    {
        // Binary search over the sentences' starts (ascending; the array may be longer than the article).
        var low = 0;
        var high = Sentences.Count - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) >> 1);
            if (_sentenceStarts[mid] <= offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low - 1 < 0 ? 0 : low - 1;
    }

    /// <summary>Evidence for a span, quoting the sentence that holds it.</summary>
    public FactEvidence EvidenceAt(int start, int length)
    {
        if (Sentences.Count == 0)
        {
            return Text.Evidence(start, length, 0, 0);
        }

        var sentence = Sentences[SentenceIndexAt(start)];
        return Text.Evidence(start, length, sentence.Start, sentence.End - sentence.Start);
    }
}
