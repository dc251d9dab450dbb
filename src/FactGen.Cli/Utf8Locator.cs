using System;
using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace FactGen.Cli;

/// <summary>Finds where a file stops being valid UTF-8, as the 1-based line and column an editor shows.</summary>
internal static class Utf8Locator
{
    /// <summary>The position of the first byte that is not valid UTF-8, or null when every byte is (or the file is UTF-16 with a BOM).</summary>
    public static (int Line, int Column)? FirstInvalid(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return null;
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var input = new ReadOnlySpan<byte>(bytes, start, bytes.Length - start);
        var chars = new char[input.Length];
        if (Utf8.ToUtf16(input, chars, out var read, out _, replaceInvalidSequences: false) != OperationStatus.InvalidData)
        {
            return null;
        }

        var valid = input.Slice(0, read);
        var lineStart = valid.LastIndexOf((byte)'\n') + 1;
        var line = 1;
        foreach (var b in valid)
        {
            line += b == '\n' ? 1 : 0;
        }

        var column = Encoding.UTF8.GetCharCount(valid.Slice(lineStart)) + 1;
        return (line, column);
    }
}
