using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json.Nodes;

namespace FactGen.Cli.Tests;

/// <summary>
/// Runs the CLI in a child process under a given locale, with ICU on. The CLI (like the tests) is built
/// with InvariantGlobalization, where no culture can be set at all; the engine also runs inside the
/// compiler, which has ICU, so this is how a tr-TR or de-DE current culture is really tried.
/// </summary>
internal static class CultureRun
{
    public static CliRun Of(string locale, params string[] args)
    {
        var cli = typeof(Program).Assembly.Location;
        var config = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(cli, ".runtimeconfig.json")))!;
        var properties = config["runtimeOptions"]!["configProperties"]!;
        properties["System.Globalization.Invariant"] = false;
        properties["System.Globalization.PredefinedCulturesOnly"] = false;
        var configPath = Path.Combine(Path.GetTempPath(), "factgen-culture-" + Guid.NewGuid().ToString("N") + ".runtimeconfig.json");
        File.WriteAllText(configPath, config.ToJsonString());
        try
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "exec", "--runtimeconfig", configPath, cli })
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["LANG"] = locale;
            start.Environment["LC_ALL"] = locale;
            start.Environment.Remove("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT");
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new CliRun(process.ExitCode, stdout, stderr.Result);
        }
        finally
        {
            File.Delete(configPath);
        }
    }
}
