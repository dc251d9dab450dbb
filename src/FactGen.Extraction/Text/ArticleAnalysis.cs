using System.Collections.Generic;

namespace FactGen.Extraction.Text;

/// <summary>
/// One article under analysis: its text, sentences and tokens, shared by every recogniser so
/// each piece is computed once.
/// </summary>
internal sealed class ArticleAnalysis
{
    private readonly int[] _sentenceStarts;

    // Every token of the article, sentence after sentence; _sentenceFirstToken[s] is sentence s's first one.
    private readonly Token[] _tokens;
    private readonly int[] _sentenceFirstToken;

    // Index of each paragraph's first sentence, plus one past the last sentence at the end.
    private readonly int[] _paragraphFirstSentence;

    public ArticleAnalysis(ArticleText text)
    {
        Text = text;
        Sentences = SentenceSplitter.Split(text);
        _sentenceStarts = new int[Sentences.Count];
        _tokens = Tokenizer.TokenizeSentences(text.Text, Sentences, out _sentenceFirstToken);
        SentenceTokens = new TokenRange[Sentences.Count];
        for (var i = 0; i < Sentences.Count; i++)
        {
            _sentenceStarts[i] = Sentences[i].Start;
            SentenceTokens[i] = new TokenRange(_tokens, _sentenceFirstToken[i], _sentenceFirstToken[i + 1] - _sentenceFirstToken[i]);
        }

        var paragraphs = Sentences.Count == 0 ? 0 : Sentences[Sentences.Count - 1].Paragraph + 1;
        _paragraphFirstSentence = new int[paragraphs + 1];
        for (var i = Sentences.Count - 1; i >= 0; i--)
        {
            _paragraphFirstSentence[Sentences[i].Paragraph] = i;
        }

        _paragraphFirstSentence[paragraphs] = Sentences.Count;
    }

    /// <summary>Number of paragraphs (non-blank lines).</summary>
    public int ParagraphCount => _paragraphFirstSentence.Length - 1;

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

    public ArticleText Text { get; }

    public string Raw => Text.Text;

    public List<Sentence> Sentences { get; }

    /// <summary>Tokens of each sentence, by sentence index.</summary>
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
        var index = ArticleText.LastAtOrBefore(_sentenceStarts, offset);
        return index < 0 ? 0 : index;
    }

    /// <summary>Evidence for a span, quoting the sentence that holds it.</summary>
    public FactEvidence EvidenceAt(int start, int length)
    {
        var sentence = Sentences.Count == 0 ? string.Empty : Sentences[SentenceIndexAt(start)].Text;
        return Text.Evidence(start, length, sentence);
    }
}
