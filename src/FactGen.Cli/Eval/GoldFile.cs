using System;
using System.IO;
using System.Text.Json;

namespace FactGen.Cli.Eval;

/// <summary>Reads a gold file, turning every way it can be wrong into one message.</summary>
internal static class GoldFile
{
    public static JsonElement? Load(string path, out string? error)
    {
        error = null;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = $"the gold file {path} is not a JSON object.";
                return null;
            }

            return document.RootElement.Clone();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read the gold file {path}: {ex.Message}";
        }
        catch (JsonException ex)
        {
            error = $"the gold file {path} is not valid JSON: {ex.Message}";
        }

        return null;
    }
}
