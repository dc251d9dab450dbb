using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactGen.Extraction;

namespace FactGen.Cli;

/// <summary>
/// Writes a <see cref="CorpusFacts"/> in the JSON export contract (see README, "JSON contract").
/// Key names and order are fixed: tools outside this repository read them.
/// </summary>
internal static class JsonExport
{
    public static string ToText(CorpusFacts facts)
    {
        using var buffer = new MemoryStream();
        Write(buffer, facts);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static void Write(Stream output, CorpusFacts facts)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var json = new Utf8JsonWriter(output, options);
        json.WriteStartObject();

        json.WriteStartArray("documents");
        foreach (var d in facts.Documents)
        {
            json.WriteStartObject();
            json.WriteString("file", d.File);
            json.WriteString("title", d.Title);
            json.WriteString("outlet", d.Outlet);
            json.WriteString("published", d.Published);
            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();

        json.WriteStartArray("events");
        foreach (var e in facts.Events)
        {
            json.WriteStartObject();
            json.WriteString("name", e.Name);
            WriteStrings(json, "aliases", e.Aliases);
            json.WriteString("city", e.City);
            json.WriteString("country", e.Country);
            json.WriteString("startDate", e.StartDate);
            json.WriteString("endDate", e.EndDate);
            json.WriteString("theme", e.Theme);
            json.WriteStartArray("figures");
            foreach (var f in e.Figures)
            {
                json.WriteStartObject();
                json.WriteNumber("value", f.Value);
                json.WriteString("unit", f.Unit);
                json.WriteString("qualifier", Names.Of(f.Qualifier));
                WriteEvidence(json, f.Evidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteEvidence(json, e.Evidence);
            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();

        json.WriteStartArray("people");
        foreach (var p in facts.People)
        {
            json.WriteStartObject();
            json.WriteString("name", p.Name);
            WriteStrings(json, "aliases", p.Aliases);
            WriteStrings(json, "titles", p.Titles);
            json.WriteString("role", Names.Of(p.Role));
            WriteEvidence(json, p.Evidence);
            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();

        json.WriteStartArray("organizations");
        foreach (var o in facts.Organizations)
        {
            json.WriteStartObject();
            json.WriteString("name", o.Name);
            WriteStrings(json, "aliases", o.Aliases);
            json.WriteString("kind", Names.Of(o.Kind));
            json.WriteString("role", Names.Of(o.Role));
            WriteEvidence(json, o.Evidence);
            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();

        json.WriteStartArray("quotes");
        foreach (var q in facts.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("text", q.Text);
            json.WriteString("speaker", q.Speaker);
            json.WriteBoolean("partial", q.Partial);
            WriteStrings(json, "variants", q.Variants);
            WriteEvidence(json, q.Evidence);
            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();

        json.WriteStartArray("diagnostics");
        foreach (var d in facts.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", d.Id);
            json.WriteString("severity", Names.Of(d.Severity));
            json.WriteString("message", d.Message);
            json.WriteString("file", d.File);
            json.WriteNumber("line", d.Line);
            json.WriteNumber("column", d.Column);
            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Hands the pending bytes to the stream now and then, so the writer never holds the whole document.</summary>
    private static void FlushIfFull(Utf8JsonWriter json)
    {
        if (json.BytesPending > 1 << 16)
        {
            json.Flush();
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteEvidence(Utf8JsonWriter json, IEnumerable<FactEvidence> evidence)
    {
        json.WriteStartArray("evidence");
        foreach (var e in evidence)
        {
            json.WriteStartObject();
            json.WriteString("file", e.File);
            json.WriteNumber("line", e.Line);
            json.WriteNumber("column", e.Column);
            json.WriteString("sentence", e.Sentence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
