using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using FactGen.Extraction;
using FactGen.Generator.Options;

namespace FactGen.Generator.Emit;

/// <summary>
/// Writes one shard: its public members (each a partial part of Facts.People, Facts.Firms...) and a private
/// class that creates its facts from its own file and sentence tables. Nothing in it depends on other shards,
/// so its text stays equal while its facts do.
/// </summary>
internal sealed class ShardWriter
{
    /// <summary>Entries per generated fill method, so no method grows huge on big corpora.</summary>
    private const int ChunkSize = 64;

    private const string Rt = "global::FactGen.";

    private readonly FactsShard _shard;
    private readonly IndentedWriter _w;
    private readonly StringBuilder _scratch = new(256);
    private readonly List<string> _files;
    private readonly Dictionary<string, int> _fileIndex;
    private readonly List<string> _sentences;
    private readonly Dictionary<FactEvidence, int> _sentenceIndex;

    public ShardWriter(FactsShard shard, IndentedWriter writer)
    {
        _shard = shard;
        _w = writer;
        var evidence = AllEvidence(shard).ToList();
        _files = evidence.Select(e => e.File).Concat(shard.Documents.Select(d => d.File))
            .Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).ToList();
        _fileIndex = Index(_files);

        // Reading a sentence cuts it out of the article text, so each evidence's is read once, here; Evidence then
        // looks its table index up by the evidence object, which the shard's facts hand over again.
        var sentenceOf = new Dictionary<FactEvidence, string>(SameObject.Instance);
        foreach (var e in evidence)
        {
            if (!sentenceOf.ContainsKey(e))
            {
                sentenceOf.Add(e, e.Sentence);
            }
        }

        _sentences = sentenceOf.Values.Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var sentenceIndex = Index(_sentences);
        _sentenceIndex = sentenceOf.ToDictionary(pair => pair.Key, pair => sentenceIndex[pair.Value], SameObject.Instance);
    }

    /// <summary>Name of the shard's data class inside the private data class.</summary>
    public static string ClassName(int shard) => "Shard" + shard.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>A shard's own file: its members and its data, in partial parts of the facts class.</summary>
    public static string WriteFile(FactsShard shard)
    {
        var w = new IndentedWriter();
        var settings = shard.Settings;
        FactsEmitter.WriteHeader(w, settings);
        w.Open("namespace " + settings.Namespace);
        w.Open($"public static partial class {settings.ClassName}");
        var writer = new ShardWriter(shard, w);
        var emit = settings.Emit;
        var first = true;
        void Part(bool when, bool any, string className, Action members)
        {
            if (!when || !any)
            {
                return;
            }

            if (!first)
            {
                w.Line();
            }

            first = false;
            w.Open($"public static partial class {className}");
            members();
            w.Close();
        }

        Part(emit.HasFlag(EmitCategories.Event) && settings.ManyEvents, shard.Events.Count > 0, "Events", writer.WriteEventMembers);
        Part(emit.HasFlag(EmitCategories.Speakers), shard.People.Any(p => p.Fact.Role == PersonRole.Speaker), "Speakers", writer.WriteSpeakerMembers);
        Part(emit.HasFlag(EmitCategories.People), shard.People.Count > 0, "People", writer.WritePeopleMembers);
        Part(emit.HasFlag(EmitCategories.Firms), shard.Organizations.Any(o => o.Fact.Kind == OrganizationKind.Company), "Firms", writer.WriteFirmMembers);
        Part(emit.HasFlag(EmitCategories.Organizations), shard.Organizations.Count > 0, "Organizations", writer.WriteOrganizationMembers);
        if (!first)
        {
            w.Line();
        }

        w.Open($"private static partial class {FactsEmitter.DataClass}");
        writer.WriteData();
        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>
    /// The array a member reads: its shard's, or with a single unwritten shard (a small corpus in one file) the
    /// corpus-wide one, which then has the same order.
    /// </summary>
    private string Data(string kind) => _shard.Written
        ? $"{FactsEmitter.DataClass}.{kind}ByShard[{_shard.Index.ToString(CultureInfo.InvariantCulture)}]"
        : $"{FactsEmitter.DataClass}.{kind}";

    /// <summary>The shard's events as members of Facts.Events.</summary>
    public void WriteEventMembers()
    {
        var data = Data("Events");
        for (var i = 0; i < _shard.Events.Count; i++)
        {
            var e = _shard.Events[i];
            _w.Line();
            DocComments.Write(_w, $"{e.Fact.Name}{DocComments.EventDetails(e.Fact)}.", e.Fact.Evidence);
            _w.Line($"public static {Rt}FactEvent {e.Identifier} => {data}[{i}];");
        }
    }

    /// <summary>The shard's speakers; with People emitted too they inherit its docs instead of repeating them.</summary>
    public void WriteSpeakerMembers() =>
        WritePeople(p => p.Role == PersonRole.Speaker, _shard.Settings.Emit.HasFlag(EmitCategories.People) ? "People" : null);

    /// <summary>Every person of the shard.</summary>
    public void WritePeopleMembers() => WritePeople(_ => true, null);

    /// <summary>The shard's companies; with Organizations emitted too they inherit its docs.</summary>
    public void WriteFirmMembers() =>
        WriteOrganizations(o => o.Kind == OrganizationKind.Company, _shard.Settings.Emit.HasFlag(EmitCategories.Organizations) ? "Organizations" : null);

    /// <summary>Every organization of the shard.</summary>
    public void WriteOrganizationMembers() => WriteOrganizations(_ => true, null);

    private void WritePeople(Func<PersonFact, bool> include, string? docsFrom)
    {
        var data = Data("People");
        for (var i = 0; i < _shard.People.Count; i++)
        {
            var named = _shard.People[i];
            var p = named.Fact;
            if (!include(p))
            {
                continue;
            }

            _w.Line();
            if (docsFrom is not null)
            {
                _w.Line($"/// <inheritdoc cref=\"{docsFrom}.{named.Identifier}\"/>");
                _w.Line($"public static {Rt}Person {named.Identifier} => {data}[{i}];");
                continue;
            }

            var details = new List<string> { DocComments.Role(p.Role) };
            if (p.Titles.Count > 0)
            {
                details.Insert(0, string.Join(", ", p.Titles));
            }

            if (named.QuoteCount > 0)
            {
                details.Add(DocComments.Count(named.QuoteCount, "quotation"));
            }

            DocComments.Write(_w, $"{p.Name}: {string.Join("; ", details)}.", p.Evidence, p.Aliases);
            _w.Line($"public static {Rt}Person {named.Identifier} => {data}[{i}];");
        }
    }

    private void WriteOrganizations(Func<OrganizationFact, bool> include, string? docsFrom)
    {
        var data = Data("Organizations");
        for (var i = 0; i < _shard.Organizations.Count; i++)
        {
            var named = _shard.Organizations[i];
            var o = named.Fact;
            if (!include(o))
            {
                continue;
            }

            _w.Line();
            if (docsFrom is not null)
            {
                _w.Line($"/// <inheritdoc cref=\"{docsFrom}.{named.Identifier}\"/>");
                _w.Line($"public static {Rt}Organization {named.Identifier} => {data}[{i}];");
                continue;
            }

            DocComments.Write(_w, $"{o.Name}: {DocComments.Kind(o.Kind)}, {(o.Role == OrganizationRole.Participant ? "participant" : "mentioned")}.", o.Evidence, o.Aliases);
            _w.Line($"public static {Rt}Organization {named.Identifier} => {data}[{i}];");
        }
    }

    /// <summary>The shard's data class: its string tables and one creation method per kind of fact.</summary>
    public void WriteData()
    {
        var q = _shard.Settings.Nullable ? "?" : string.Empty;
        _w.Line($"/// <summary>The facts of shard {_shard.Index.ToString(CultureInfo.InvariantCulture)}, in corpus order.</summary>");
        _w.Open($"private static class {ClassName(_shard.Index)}");
        WriteStringTable("Files", _files);
        WriteStringTable("Sentences", _sentences);
        _w.Line($"private static {Rt}Evidence E(int file, int line, int column, int sentence) => new {Rt}Evidence(Files[file], line, column, Sentences[sentence]);");
        _w.Line();
        _w.Line($"private static {Rt}Evidence[] Ev(params {Rt}Evidence[] items) => items;");
        _w.Line();
        _w.Line("private static string[] Strings(params string[] items) => items;");

        WriteFactory("Documents", "SourceDocument", _shard.Documents.AsArray(), null, d =>
            $"new {Rt}SourceDocument({CSharpText.Literal(d.File)}, {CSharpText.Literal(d.Title)}, {CSharpText.Literal(d.Outlet)}, {CSharpText.Literal(d.Published)})");
        WriteFactory("Events", "FactEvent", _shard.Events.AsArray(), null, named =>
        {
            var e = named.Fact;
            return $"new {Rt}FactEvent({CSharpText.Literal(e.Name)}, {Strings(e.Aliases)}, {CSharpText.Literal(e.City)}, {CSharpText.Literal(e.Country)}, " +
                $"{Date(e.StartDate)}, {Date(e.EndDate)}, {CSharpText.Literal(e.Theme)}, new {Rt}Figure[] {{ {string.Join(", ", e.Figures.Select(Figure))} }}, {Evidence(e.Evidence)})";
        });
        WriteFactory("People", "Person", _shard.People.AsArray(), null, named =>
        {
            var p = named.Fact;
            return $"new {Rt}Person({CSharpText.Literal(p.Name)}, {Strings(p.Aliases)}, {Strings(p.Titles)}, {Rt}PersonRole.{p.Role}, {Evidence(p.Evidence)})";
        });
        WriteFactory("Organizations", "Organization", _shard.Organizations.AsArray(), null, named =>
        {
            var o = named.Fact;
            return $"new {Rt}Organization({CSharpText.Literal(o.Name)}, {Strings(o.Aliases)}, {Rt}OrganizationKind.{o.Kind}, {Rt}OrganizationRole.{o.Role}, {Evidence(o.Evidence)})";
        });
        WriteFactory("Quotes", "Quote", _shard.Quotes.AsArray(), $"global::System.Func<string, {Rt}Person{q}> speaker", quote =>
            $"new {Rt}Quote({CSharpText.Literal(quote.Text)}, {(quote.Speaker is null ? "null" : "speaker(" + CSharpText.Literal(quote.Speaker) + ")")}, " +
            $"{CSharpText.Literal(quote.Speaker)}, {(quote.Partial ? "true" : "false")}, {Strings(quote.Variants)}, {Evidence(quote.Evidence)})");
        _w.Close();
    }

    private void WriteStringTable(string name, List<string> values)
    {
        _w.Open($"private static readonly string[] {name} = new string[]");
        foreach (var value in values)
        {
            _w.Line(CSharpText.Literal(value) + ",");
        }

        _w.Close(";");
        _w.Line();
    }

    /// <summary>
    /// <c>internal static T[] {name}(...)</c> filling the array in chunks; <paramref name="parameter"/> (the speaker
    /// lookup for quotes) is passed through to every chunk.
    /// </summary>
    private void WriteFactory<T>(string name, string type, T[] items, string? parameter, Func<T, string> create)
    {
        var chunks = (items.Length + ChunkSize - 1) / ChunkSize;
        var argument = parameter is null ? string.Empty : ", " + parameter.Substring(parameter.LastIndexOf(' ') + 1);
        var declared = parameter is null ? string.Empty : ", " + parameter;
        _w.Line();
        _w.Open($"internal static {Rt}{type}[] {name}({parameter})");
        _w.Line($"var items = new {Rt}{type}[{items.Length}];");
        for (var c = 0; c < chunks; c++)
        {
            _w.Line($"Fill{name}{c}(items{argument});");
        }

        _w.Line("return items;");
        _w.Close();
        for (var c = 0; c < chunks; c++)
        {
            _w.Line();
            _w.Open($"private static void Fill{name}{c}({Rt}{type}[] items{declared})");
            for (var i = c * ChunkSize; i < Math.Min(items.Length, (c + 1) * ChunkSize); i++)
            {
                _w.Line("items[" + i.ToString(CultureInfo.InvariantCulture) + "] = " + create(items[i]) + ";");
            }

            _w.Close();
        }
    }

    private string Evidence(EquatableArray<FactEvidence> evidence)
    {
        // One builder for the whole shard: this runs once per fact and figure.
        var builder = _scratch.Clear().Append("Ev(");
        foreach (var e in evidence.AsArray())
        {
            if (builder.Length > 3)
            {
                builder.Append(", ");
            }

            builder.Append("E(").Append(_fileIndex[e.File]).Append(", ").Append(e.Line).Append(", ")
                .Append(e.Column).Append(", ").Append(_sentenceIndex[e]).Append(')');
        }

        return builder.Append(')').ToString();
    }

    private string Figure(FigureFact f) =>
        $"new {Rt}Figure({CSharpText.Decimal(f.Value)}, {CSharpText.Literal(f.Unit)}, {Rt}FigureQualifier.{f.Qualifier}, {Evidence(f.Evidence)})";

    private static string Strings(EquatableArray<string> values)
    {
        if (values.Count == 0)
        {
            return "Strings()";
        }

        var literals = new string[values.Count];
        for (var i = 0; i < literals.Length; i++)
        {
            literals[i] = CSharpText.Literal(values[i]);
        }

        return "Strings(" + string.Join(", ", literals) + ")";
    }

    private static string Date(string? iso) =>
        iso is not null && DateTime.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? $"new global::System.DateTime({d.Year}, {d.Month}, {d.Day})"
            : "null";

    private static IEnumerable<FactEvidence> AllEvidence(FactsShard shard) =>
        shard.Events.SelectMany(e => e.Fact.Evidence.Concat(e.Fact.Figures.SelectMany(f => f.Evidence)))
            .Concat(shard.People.SelectMany(p => p.Fact.Evidence))
            .Concat(shard.Organizations.SelectMany(o => o.Fact.Evidence))
            .Concat(shard.Quotes.SelectMany(q => q.Evidence));

    private static Dictionary<string, int> Index(List<string> values)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            index[values[i]] = i;
        }

        return index;
    }

    /// <summary>Evidence compared by object: cheaper than comparing sentences, and every lookup finds its own object.</summary>
    private sealed class SameObject : IEqualityComparer<FactEvidence>
    {
        public static readonly SameObject Instance = new();

        public bool Equals(FactEvidence? x, FactEvidence? y) => ReferenceEquals(x, y);

        public int GetHashCode(FactEvidence obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
