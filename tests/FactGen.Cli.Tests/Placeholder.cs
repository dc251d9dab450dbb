namespace FactGen.Cli.Tests;
