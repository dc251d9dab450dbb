using System;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.People;

/// <summary>
/// The words seen on this thread, keyed by their characters so a token finds its <see cref="WordInfo"/>
/// straight from the article text without cutting a string out of it. One table per thread (the
/// recognisers run one article per thread), emptied when it grows past a bound so memory stays flat.
/// </summary>
/// <remarks>
/// A lookup runs for every token, and most of the table is out of cache: a token finds its word id through
/// small dense arrays (slots of hash and id, the words' characters one after another, a byte of flags per
/// word) and touches a <see cref="WordInfo"/> object only when a caller asks for one.
/// </remarks>
internal sealed class WordTable
{
    private const int MaxWords = 1 << 16;

    /// <summary>Bits of <see cref="Flags"/>: what the per-token pass of a name context reads.</summary>
    public const byte EventWordFlag = 1;

    /// <inheritdoc cref="EventWordFlag"/>
    public const byte ListCueFlag = 2;

    /// <inheritdoc cref="EventWordFlag"/>
    public const byte SportsWordFlag = 4;

    /// <inheritdoc cref="EventWordFlag"/>
    public const byte AllUpperFlag = 8;

    /// <summary>An event word that may end an event's name ("Conference"; see <see cref="WordInfo.IsEventHead"/>).</summary>
    public const byte EventHeadFlag = 16;

    /// <summary>The word "year", which may name an edition ("this year's CES").</summary>
    public const byte YearWordFlag = 32;

    [ThreadStatic]
    private static WordTable? _current;

    // Open addressing with linear probing; a slot keeps the word's hash and id (one more than the id, so
    // zero marks an empty slot).
    private Slot[] _slots = new Slot[1 << 12];
    private int _count;

    // Single ASCII characters (punctuation, initials) by code, one more than their id, found without hashing.
    private readonly int[] _asciiIds = new int[128];

    // Every word by its id (order of first sight, so frequent words sit together at the front). Replaced,
    // never overwritten, when it grows or the table is emptied: a context keeps the array its ids index.
    private WordInfo[] _byId = new WordInfo[1 << 12];

    // By id: where the word's characters start in _chars and how many there are; its flags; and the serial
    // of the last article that had it as a token starting in lower case.
    private int[] _charStart = new int[1 << 12];
    private int[] _charLength = new int[1 << 12];
    private byte[] _flags = new byte[1 << 12];
    private int[] _lowercaseStamps = new int[1 << 12];
    private char[] _chars = new char[1 << 15];
    private int _charCount;

    /// <summary>The serial of the article whose lower-case words the stamps currently mark (see <see cref="NameContext"/>).</summary>
    public int StampedSerial { get; set; }

    /// <summary>Counts the times a table was emptied, so a context can tell whether its words are still here.</summary>
    public int Generation { get; private set; }

    /// <summary>This thread's table.</summary>
    public static WordTable Current => _current ??= new WordTable();

    /// <summary>Empties the table when it holds too many words; called between articles only.</summary>
    public void TrimIfFull()
    {
        if (_count >= MaxWords)
        {
            _slots = new Slot[1 << 12];
            _byId = new WordInfo[1 << 12];
            _charStart = new int[1 << 12];
            _charLength = new int[1 << 12];
            _flags = new byte[1 << 12];
            _lowercaseStamps = new int[1 << 12];
            _chars = new char[1 << 15];
            _charCount = 0;
            Array.Clear(_asciiIds, 0, _asciiIds.Length);
            _count = 0;
            Generation++;
        }
    }

    /// <summary>
    /// The words by <see cref="WordInfo.Id"/>: every word added so far. The array is never changed in place
    /// once a later word needs more room or the table is emptied, so a caller may keep it for the ids it read.
    /// </summary>
    public WordInfo[] Words => _byId;

    /// <summary>The word spelled by <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>.</summary>
    public WordInfo Get(string text, int start, int length)
    {
        // The id first: adding the word may replace the array.
        var id = IdOf(text, start, length);
        return _byId[id];
    }

    /// <summary>The word <paramref name="word"/>.</summary>
    public WordInfo Get(string word) => Get(word, 0, word.Length);

    /// <summary>The id of the word spelled by <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/> (added if new).</summary>
    public int IdOf(string text, int start, int length) =>
        length == 1 && text[start] < 128 ? AsciiId(text, start) : Lookup(text, start, length, WordHash.Of(text, start, length));

    /// <summary>As <see cref="IdOf(string, int, int)"/> for a token whose <see cref="WordHash"/> the tokenizer already computed.</summary>
    public int IdOf(string text, int start, int length, int hash) =>
        length == 1 && text[start] < 128 ? AsciiId(text, start) : Lookup(text, start, length, hash);

    private int AsciiId(string text, int start)
    {
        var known = _asciiIds[text[start]];
        if (known == 0)
        {
            known = _asciiIds[text[start]] = Lookup(text, start, 1, WordHash.Of(text, start, 1)) + 1;
        }

        return known - 1;
    }

    /// <summary>The word's <see cref="EventWordFlag"/>, <see cref="ListCueFlag"/>, <see cref="SportsWordFlag"/> and <see cref="AllUpperFlag"/> bits.</summary>
    public byte Flags(int id) => _flags[id];

    /// <summary>Notes that article <paramref name="serial"/> has the word as a token starting in lower case.</summary>
    public void StampLowercase(int id, int serial) => _lowercaseStamps[id] = serial;

    /// <summary>True when <see cref="StampLowercase"/> was last called for the word with <paramref name="serial"/>.</summary>
    public bool HasLowercaseStamp(int id, int serial) => _lowercaseStamps[id] == serial;

    private int Lookup(string text, int start, int length, int hash)
    {
        var mask = _slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot.IdPlusOne == 0)
            {
                return Add(text.Substring(start, length), hash);
            }

            if (slot.Hash == hash && SameText(slot.IdPlusOne - 1, text, start, length))
            {
                return slot.IdPlusOne - 1;
            }
        }
    }

    private bool SameText(int id, string text, int start, int length)
    {
        if (_charLength[id] != length)
        {
            return false;
        }

        var chars = _chars;
        var at = _charStart[id];
        for (var i = 0; i < length; i++)
        {
            if (chars[at + i] != text[start + i])
            {
                return false;
            }
        }

        return true;
    }

    private int Add(string word, int hash)
    {
        var lowered = word.ToLowerInvariant();
        var lower = string.Equals(lowered, word, StringComparison.Ordinal) ? null : Get(lowered);
        var id = _count;
        var info = new WordInfo(word, hash, id, lower);
        if ((_count + 1) * 4 > _slots.Length * 3)
        {
            Grow();
        }

        if (_count == _byId.Length)
        {
            var longer = new WordInfo[_byId.Length * 2];
            Array.Copy(_byId, longer, _count);
            _byId = longer;
            Array.Resize(ref _charStart, longer.Length);
            Array.Resize(ref _charLength, longer.Length);
            Array.Resize(ref _flags, longer.Length);
            Array.Resize(ref _lowercaseStamps, longer.Length);
        }

        if (_charCount + word.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + word.Length));
        }

        word.CopyTo(0, _chars, _charCount, word.Length);
        _charStart[id] = _charCount;
        _charLength[id] = word.Length;
        _charCount += word.Length;
        _flags[id] = (byte)((info.IsEventWord ? EventWordFlag : 0) | (info.IsListCue ? ListCueFlag : 0) |
                            (info.IsStrongSportsWord || info.IsWeakSportsWord ? SportsWordFlag : 0) | (info.IsAllUpper ? AllUpperFlag : 0) |
                            (info.IsEventHead ? EventHeadFlag : 0) | (word == "year" ? YearWordFlag : 0));
        Place(_slots, hash, id);
        _byId[id] = info;
        _count++;
        return id;
    }

    private void Grow()
    {
        var grown = new Slot[_slots.Length * 2];
        foreach (var slot in _slots)
        {
            if (slot.IdPlusOne != 0)
            {
                Place(grown, slot.Hash, slot.IdPlusOne - 1);
            }
        }

        _slots = grown;
    }

    private static void Place(Slot[] slots, int hash, int id)
    {
        var mask = slots.Length - 1;
        var i = hash & mask;
        while (slots[i].IdPlusOne != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = new Slot(hash, id + 1);
    }

    private readonly struct Slot
    {
        public Slot(int hash, int idPlusOne)
        {
            Hash = hash;
            IdPlusOne = idPlusOne;
        }

        public int Hash { get; }

        public int IdPlusOne { get; }
    }
}
