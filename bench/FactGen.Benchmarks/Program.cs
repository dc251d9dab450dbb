System.Console.WriteLine("benchmarks: see README");
