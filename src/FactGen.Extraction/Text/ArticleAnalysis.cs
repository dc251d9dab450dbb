using System.Collections.Generic;

namespace FactGen.Extraction.Text;

/// <summary>
/// One article under analysis: its text, sentences and tokens, shared by every recogniser so
/// each piece is computed once.
/// </summary>
internal sealed class ArticleAnalysis
{
    private readonly int[] _sentenceStarts;

    public ArticleAnalysis(ArticleText text)
    {
        Text = text;
        Sentences = SentenceSplitter.Split(text);
        _sentenceStarts = new int[Sentences.Count];
        SentenceTokens = new List<Token>[Sentences.Count];
        for (var i = 0; i < Sentences.Count; i++)
        {
            _sentenceStarts[i] = Sentences[i].Start;
            SentenceTokens[i] = Tokenizer.Tokenize(text.Text, Sentences[i].Start, Sentences[i].End);
        }
    }

    public ArticleText Text { get; }

    public string Raw => Text.Text;

    public List<Sentence> Sentences { get; }

    /// <summary>Tokens of each sentence, by sentence index.</summary>
    public List<Token>[] SentenceTokens { get; }

    /// <summary>The token's text.</summary>
    public string TextOf(Token token) => Raw.Substring(token.Start, token.Length);

    /// <summary>Index of the sentence that holds <paramref name="offset"/> (or the nearest one before it).</summary>
    public int SentenceIndexAt(int offset)
    {
        var index = System.Array.BinarySearch(_sentenceStarts, offset);
        index = index >= 0 ? index : ~index - 1;
        return index < 0 ? 0 : index;
    }

    /// <summary>Evidence for a span, quoting the sentence that holds it.</summary>
    public FactEvidence EvidenceAt(int start, int length)
    {
        var sentence = Sentences.Count == 0 ? string.Empty : Sentences[SentenceIndexAt(start)].Text;
        return Text.Evidence(start, length, sentence);
    }
}
