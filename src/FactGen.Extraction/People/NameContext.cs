using System;
using System.Collections.Generic;
using System.Threading;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.People;

/// <summary>What the whole article says about its words, computed once for every recogniser.</summary>
internal sealed class NameContext
{
    // Serial numbers tell articles apart in the word table's lower-case stamps; unique across threads.
    private static int _lastSerial;

    private readonly int _serial;
    private readonly WordTable _table;
    private readonly int _generation;

    // Every token's word id, all sentences one after another (sentence s starts at the article's FirstTokenOf(s)).
    // Ids (4 bytes a token, half a reference) index _vocabulary, the table's word array as it was when this was
    // built. The per-token and per-sentence arrays are the article's reused scratch arrays when free, so they
    // may be longer than the article: everything here goes by _sentences and TotalTokens.
    private readonly int[] _wordIds;
    private readonly WordInfo[] _vocabulary;
    private readonly int _sentences;

    // The article's index of each sentence's first token (read on every token lookup, so kept at hand).
    private readonly int[] _firstTokens;

    // The article's scratch set when this context has its name arrays, else null.
    private readonly ArticleScratch? _scratch;
    private List<NameSpan>? _spans;
    private int[]? _spanStarts;

    // Every capitalised run starts at a capitalised token: enough room for all of them.
    private readonly int _capitalisedTokens;
    private HashSet<string>? _lowerVocabulary;

    // The sentence's last character, read in place rather than from a copy of its text.
    private static bool EndsWithPeriod(string raw, Sentence sentence) => sentence.End > sentence.Start && raw[sentence.End - 1] == '.';

    public NameContext(ArticleAnalysis article)
    {
        Article = article;
        _serial = Interlocked.Increment(ref _lastSerial);
        _table = WordTable.Current;
        _table.TrimIfFull();
        _generation = _table.Generation;
        _sentences = article.Sentences.Count;
        _firstTokens = article.SentenceFirstTokens;
        TotalTokens = article.TokenCount;

        // A second context of the same article (a test, a fallback) must not share the first one's arrays.
        var scratch = article.Scratch;
        var own = scratch.NameArraysTaken;
        _scratch = own ? null : scratch;
        scratch.NameArraysTaken = true;
        if (!own)
        {
            // The article's first context: later stages read word facts by token through it (Article.Names).
            article.Names = this;
        }

        _wordIds = own ? new int[TotalTokens] : ArticleScratch.AtLeast(ref scratch.WordIds, TotalTokens);
        NameWords = own ? new sbyte[TotalTokens] : ArticleScratch.Cleared(ref scratch.NameWords, TotalTokens);
        ListStarts = own ? new int[_sentences] : ArticleScratch.AtLeast(ref scratch.ListStarts, _sentences);
        _firstSpeakerNouns = own ? new int[_sentences] : ArticleScratch.AtLeast(ref scratch.FirstSpeakerNouns, _sentences);
        for (var s = 0; s < _sentences; s++)
        {
            ListStarts[s] = NotComputed;
            _firstSpeakerNouns[s] = NotComputed;
        }

        Shouting = own ? new bool[_sentences] : ArticleScratch.Cleared(ref scratch.Shouting, _sentences);
        TableLine = own ? new bool[_sentences] : ArticleScratch.Cleared(ref scratch.TableLine, _sentences);
        HasLowercaseWord = own ? new bool[_sentences] : ArticleScratch.Cleared(ref scratch.HasLowercaseWord, _sentences);
        EventWordSentences = own ? new bool[_sentences] : ArticleScratch.Cleared(ref scratch.EventWordSentences, _sentences);
        ListCueSentences = own ? new bool[_sentences] : ArticleScratch.Cleared(ref scratch.ListCueSentences, _sentences);
        MayNameEventSentences = own ? new bool[_sentences] : ArticleScratch.Cleared(ref scratch.MayNameEventSentences, _sentences);
        var raw = article.Raw;
        var hashes = article.TokenHashes;
        var table = _table;
        var nameWords = NameWords;
        var wordIds = _wordIds;
        var at = 0;
        var capitalisedTokens = 0;
        ulong strongSports = 0;
        ulong weakSports = 0;
        for (var s = 0; s < article.Sentences.Count; s++)
        {
            // Per sentence in locals, stored once at its end: the loop below runs for every token.
            var upper = 0;
            var words = 0;
            var longWords = 0;
            var capitalisedLong = 0;
            var numbers = 0;
            var eventWord = false;
            var listCue = false;
            var lowercaseWord = false;
            var mayNameEvent = false;
            var tokens = article.SentenceTokens[s];
            for (var t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                // The id and the flags come from the table's dense arrays: the word's object stays out of cache.
                var id = table.IdOf(raw, token.Start, token.Length, hashes[at]);
                var flags = table.Flags(id);
                // Most tokens are no capitalised word, so no name word: settled here, while the text is in cache.
                if (!IsCapitalised(raw, token))
                {
                    nameWords[at] = -1;
                }
                else
                {
                    capitalisedTokens++;
                }

                wordIds[at++] = id;
                if (token.Kind == TokenKind.Number)
                {
                    numbers++;
                }

                // Noted here, while the word is in cache, so the organization cues need not scan again.
                eventWord |= (flags & WordTable.EventWordFlag) != 0;
                listCue |= (flags & WordTable.ListCueFlag) != 0;
                mayNameEvent |= t > 0 && ((flags & WordTable.EventHeadFlag) != 0 ||
                                          (token.Length == 4 && (token.Kind == TokenKind.Number || (flags & WordTable.YearWordFlag) != 0)));

                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                if ((flags & WordTable.SportsWordFlag) != 0)
                {
                    SportsVocabulary.Note(table.Words[id], ref strongSports, ref weakSports);
                }

                // The token's own characters (the word's text is the same): the article text is in cache.
                var first = raw[token.Start];
                if (IsLower(first))
                {
                    table.StampLowercase(id, _serial);
                    lowercaseWord = true;
                }

                if (token.Length > 3)
                {
                    longWords++;
                    capitalisedLong += IsUpper(first) ? 1 : 0;
                }

                if (token.Length > 1)
                {
                    words++;
                    if ((flags & WordTable.AllUpperFlag) != 0)
                    {
                        upper++;
                    }
                }
            }

            // All capitals, or a headline in title case ("China Proposes New Rules For Banks").
            Shouting[s] = (words >= 2 && upper * 10 >= words * 7) || (s < 2 && capitalisedLong >= 5 && capitalisedLong * 10 >= longWords * 9 && (numbers == 0 || s == 0) &&
                                                                    (s == 0 || !EndsWithPeriod(raw, article.Sentences[s])));
            TableLine[s] = numbers >= 2 && numbers * 2 >= words;
            EventWordSentences[s] = eventWord;
            HasEventWord |= eventWord;
            ListCueSentences[s] = listCue;
            HasLowercaseWord[s] = lowercaseWord;
            MayNameEventSentences[s] = mayNameEvent;
        }

        _capitalisedTokens = capitalisedTokens;

        _vocabulary = _table.Words;
        _table.StampedSerial = _serial;
        var tables = 0;
        for (var s = 0; s < _sentences; s++)
        {
            tables += TableLine[s] ? 1 : 0;
        }

        // Tables of market prices are no sports report: a results table comes with some sports word.
        var strong = SportsVocabulary.Count(strongSports);
        var weak = SportsVocabulary.Count(weakSports);
        SportsLike = (tables >= 4 && tables * 4 >= article.Sentences.Count && strong + weak >= 1) || (strong >= 2 && strong + weak >= 4) || strong >= 4;
    }

    /// <summary>True when this context uses the article's scratch arrays (it is the article's first context).</summary>
    public bool OwnsScratch => _scratch is not null;

    /// <summary>Marks a per-sentence cache entry not worked out yet.</summary>
    public const int NotComputed = int.MinValue;

    public ArticleAnalysis Article { get; }

    /// <summary>Per sentence, where a list of organizations starts (see <see cref="Organizations.ParticipationCues.ListedAfterCue"/>), -1 for none.</summary>
    public int[] ListStarts { get; }

    /// <summary>Headlines and other all-capital sentences, where capitals say nothing about names.</summary>
    public bool[] Shouting { get; }

    /// <summary>Lines of a results table or list: as many numbers as words.</summary>
    public bool[] TableLine { get; }

    /// <summary>Sentences with a word in lower case: prose, not a caption or a menu line.</summary>
    public bool[] HasLowercaseWord { get; }

    /// <summary>Sentences with a word that names an event (see <see cref="Organizations.ParticipationCues.NamesEvent"/>).</summary>
    public bool[] EventWordSentences { get; }

    /// <summary>Sentences with a word that may open a list of organizations ("such", "including", "like").</summary>
    public bool[] ListCueSentences { get; }

    /// <summary>
    /// Sentences where <see cref="Events.EventNameFinder"/> may find something: an event word ("Conference") or a
    /// possible edition year (a four-digit number, "year") after the first token. The others it skips.
    /// </summary>
    public bool[] MayNameEventSentences { get; }

    /// <summary>True when some sentence of the article names an event.</summary>
    public bool HasEventWord { get; }

    /// <summary>An article made largely of tables (sports results, market reports).</summary>
    public bool SportsLike { get; }

    /// <summary>True when the word also appears in lower case in the article ("Government" vs "government").</summary>
    public bool AppearsLowercase(string word) =>
        OnOwnThread ? AppearsLowercase(_table.Get(word)) : LowerVocabulary().Contains(word.ToLowerInvariant());

    /// <summary>As <see cref="AppearsLowercase(string)"/> for a word of the table.</summary>
    public bool AppearsLowercase(WordInfo word)
    {
        if (!OnOwnThread)
        {
            return LowerVocabulary().Contains(word.Lower.Text);
        }

        if (_table.StampedSerial != _serial)
        {
            Restamp();
        }

        return _table.HasLowercaseStamp(word.Lower.Id, _serial);
    }

    /// <summary>Index of the sentence's first speaker noun ("speakers", "panelists"), its token count when none; worked out once per sentence.</summary>
    public int FirstSpeakerNoun(int sentence)
    {
        var first = _firstSpeakerNouns[sentence];
        if (first == NotComputed)
        {
            var count = TokenCount(sentence);
            first = 0;
            while (first < count && !Info(sentence, first).IsSpeakerNoun)
            {
                first++;
            }

            _firstSpeakerNouns[sentence] = first;
        }

        return first;
    }

    // Per sentence, FirstSpeakerNoun's answer, or NotComputed.
    private readonly int[] _firstSpeakerNouns;

    /// <summary>The token's text; tokens that spell the same word share one string.</summary>
    public string Word(int sentence, int token) => _vocabulary[_wordIds[_firstTokens[sentence] + token]].Text;

    /// <summary>Per token (see <see cref="FlatIndex"/>): 1 when it may belong to a name, -1 when not, 0 when not worked out yet.</summary>
    public sbyte[] NameWords { get; }

    /// <summary>The number of tokens in the whole article.</summary>
    public int TotalTokens { get; }

    /// <summary>The position of a token among all tokens of the article.</summary>
    public int FlatIndex(int sentence, int token) => _firstTokens[sentence] + token;

    /// <summary>The word of the token at <paramref name="flatIndex"/> among all tokens of the article (see <see cref="FlatIndex"/>).</summary>
    public WordInfo InfoAt(int flatIndex) => _vocabulary[_wordIds[flatIndex]];

    /// <summary>The token's word and what the lexicons say about it.</summary>
    public WordInfo Info(int sentence, int token) => _vocabulary[_wordIds[_firstTokens[sentence] + token]];

    /// <summary>True while this thread's word table still holds the words this context stamped.</summary>
    private bool OnOwnThread => ReferenceEquals(WordTable.Current, _table) && _table.Generation == _generation;

    /// <summary>Another article analysed on this thread in between: mark this article's lower-case words again.</summary>
    private void Restamp()
    {
        for (var s = 0; s < _sentences; s++)
        {
            var tokens = Article.SentenceTokens[s];
            for (var i = 0; i < tokens.Count; i++)
            {
                var info = _vocabulary[_wordIds[_firstTokens[s] + i]];
                if (tokens[i].Kind == TokenKind.Word && char.IsLower(info.Text[0]))
                {
                    _table.StampLowercase(info.Id, _serial);
                }
            }
        }

        _table.StampedSerial = _serial;
    }

    /// <summary>The article's lower-case words as a set, for use away from the thread that built this context.</summary>
    private HashSet<string> LowerVocabulary()
    {
        if (_lowerVocabulary is null)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            for (var s = 0; s < _sentences; s++)
            {
                var tokens = Article.SentenceTokens[s];
                for (var i = 0; i < tokens.Count; i++)
                {
                    var text = _vocabulary[_wordIds[_firstTokens[s] + i]].Text;
                    if (tokens[i].Kind == TokenKind.Word && char.IsLower(text[0]))
                    {
                        set.Add(text);
                    }
                }
            }

            _lowerVocabulary = set;
        }

        return _lowerVocabulary;
    }

    public Token Token(int sentence, int token) => Article.SentenceTokens[sentence][token];

    public int TokenCount(int sentence) => Article.SentenceTokens[sentence].Count;

    /// <summary>The capitalised runs of a sentence (<see cref="CapitalisedSpans.Find"/>), found once for every recogniser.</summary>
    public SentenceSpans Spans(int sentence)
    {
        if (_spans is null)
        {
            // All sentences at once, into one list: sentence s holds [_spanStarts[s], _spanStarts[s + 1]).
            if (_scratch is null)
            {
                _spans = new List<NameSpan>(_capitalisedTokens);
                _spanStarts = new int[_sentences + 1];
            }
            else
            {
                _spans = _scratch.NameSpans;
                _spans.Clear();
                if (_spans.Capacity < _capitalisedTokens)
                {
                    _spans.Capacity = Math.Max(_capitalisedTokens, _spans.Capacity * 2);
                }

                _spanStarts = ArticleScratch.AtLeast(ref _scratch.NameSpanStarts, _sentences + 1);
            }

            for (var s = 0; s < _sentences; s++)
            {
                _spanStarts[s] = _spans.Count;
                CapitalisedSpans.Find(this, s, _spans);
            }

            _spanStarts[_sentences] = _spans.Count;
        }

        return new SentenceSpans(_spans, _spanStarts![sentence], _spanStarts[sentence + 1] - _spanStarts[sentence]);
    }

    /// <summary>What the lexicons say about the text a span covers; null when it is in none of them.</summary>
    public PhraseFacts? PhraseOf(NameSpan span)
    {
        // The recognisers ask about one span several times in a row (company? media? place?): the last answer is kept.
        if (!_lastPhraseKnown || _lastPhraseSpan != span)
        {
            _lastPhrase = NameLexicons.Phrases.Get(Article.Raw, StartOf(span), LengthOf(span));
            _lastPhraseSpan = span;
            _lastPhraseKnown = true;
        }

        return _lastPhrase;
    }

    private NameSpan _lastPhraseSpan;
    private PhraseFacts? _lastPhrase;
    private bool _lastPhraseKnown;

    /// <summary>As <see cref="NameLexicons.IsKnownCompany"/> for the text of a span.</summary>
    public bool IsKnownCompany(NameSpan span) => PhraseOf(span) is { IsCompany: true };

    /// <summary>As <see cref="NameLexicons.IsKnownMedia"/> for the text of a span.</summary>
    public bool IsKnownMedia(NameSpan span) => PhraseOf(span) is { IsMedia: true };

    /// <summary>As <see cref="NameLexicons.PlaceKind"/> for the text of a span.</summary>
    public string? PlaceKind(NameSpan span)
    {
        if (span.Count == 1)
        {
            return Info(span.Sentence, span.First).PlaceKind;
        }

        if (PhraseOf(span)?.PlaceKind is { } kind)
        {
            return kind;
        }

        // "NEW YORK": the lexicons write it in title case.
        var start = StartOf(span);
        var length = LengthOf(span);
        return length > 3 && IsAllUpper(Article.Raw, start, length) ? NameLexicons.PlaceKind(TextOf(span)) : null;
    }

    /// <summary>As <see cref="NameLexicons.IsPlace"/> for the text of a span.</summary>
    public bool IsPlace(NameSpan span) => PlaceKind(span) is not null;

    /// <summary>The text a span covers, as written.</summary>
    public string TextOf(NameSpan span)
    {
        if (span.Count == 1)
        {
            return Word(span.Sentence, span.First);
        }

        // Names recur (in the article and across articles): one string per spelling on this thread.
        var tokens = Article.SentenceTokens[span.Sentence];
        var start = tokens[span.First].Start;
        return SliceStrings.Current.Get(Article.Raw, start, tokens[span.End - 1].End - start);
    }

    public int StartOf(NameSpan span) => Article.SentenceTokens[span.Sentence][span.First].Start;

    public int LengthOf(NameSpan span)
    {
        var tokens = Article.SentenceTokens[span.Sentence];
        return tokens[span.End - 1].End - tokens[span.First].Start;
    }

    /// <summary>True when the token is the punctuation mark <paramref name="mark"/>; reads the text, not the word.</summary>
    public bool IsPunctuation(int sentence, int token, char mark)
    {
        var t = Token(sentence, token);
        return t.Kind == TokenKind.Punctuation && Article.Raw[t.Start] == mark;
    }

    /// <summary>True when the token is a word that starts with a capital letter.</summary>
    public bool IsCapitalised(int sentence, int token) => IsCapitalised(Article.Raw, Token(sentence, token));

    /// <summary>As <see cref="IsCapitalised(int, int)"/>, reading the token's characters in <paramref name="raw"/>.</summary>
    private static bool IsCapitalised(string raw, Token t)
    {
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        var start = t.Start;
        var c = raw[start];
        if (IsUpper(c))
        {
            return true;
        }

        // "al-Abidine", "el-Sisi": an Arabic article before a capitalised name.
        if (t.Length > 3 && (c == 'a' || c == 'e') && raw[start + 1] == 'l' && raw[start + 2] == '-' && char.IsUpper(raw[start + 3]))
        {
            return true;
        }

        // "iFlytek", "eBay": a lower-case first letter before a capital.
        return t.Length > 2 && char.IsLower(c) && char.IsUpper(raw[start + 1]) && char.IsLower(raw[start + 2]);
    }

    // char.IsUpper/IsLower with the ASCII answer inline (the same answers): asked for every token.
    private static bool IsUpper(char c) => c < 128 ? c >= 'A' && c <= 'Z' : char.IsUpper(c);

    private static bool IsLower(char c) => c < 128 ? c >= 'a' && c <= 'z' : char.IsLower(c);

    /// <summary>True when the token is the first word of its sentence (after opening quotes or bullets).</summary>
    public bool IsSentenceInitial(int sentence, int token)
    {
        for (var i = 0; i < token; i++)
        {
            var t = Token(sentence, i);
            if (t.Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the token starts a sentence or a quotation ("titled \u201CWinning the race\u201D").</summary>
    public bool IsClauseInitial(int sentence, int token)
    {
        if (IsSentenceInitial(sentence, token))
        {
            return true;
        }

        var before = Word(sentence, token - 1);
        return before is "\u201C" or "\"" or "\u2018" or ":" or "(";
    }

    /// <summary>True when the token follows a possessive "'s" or "'" ("Li's" gives "Li", then "'", "s").</summary>
    public bool IsFollowedByPossessive(int sentence, int token)
    {
        if (token + 1 >= TokenCount(sentence))
        {
            return false;
        }

        var next = Token(sentence, token + 1);
        return next.Kind == TokenKind.Punctuation && Tokenizer.IsApostrophe(Article.Raw[next.Start]) && next.Start == Token(sentence, token).End;
    }

    public static bool IsAllUpper(string text) => IsAllUpper(text, 0, text.Length);

    /// <summary>True when the slice has letters and all of them are capitals.</summary>
    public static bool IsAllUpper(string text, int start, int length)
    {
        var letters = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return letters > 0;
    }
}
