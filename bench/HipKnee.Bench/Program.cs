using HipKnee.Bench;

IBenchmark[] benchmarks = [new SenderBenchmark(), new FanoutBenchmark(), new ReminderBenchmark(), new WebhookBenchmark(), new ScaleBenchmark(), new StorageBenchmark(), new MemoryBenchmark(), new StartupBenchmark(), new SuiteTable(), new PictureSheets()];

var verb = args.FirstOrDefault();
if (benchmarks.FirstOrDefault(b => b.Verb == verb) is not { } benchmark)
{
    Console.Error.WriteLine("usage: dotnet run --project bench/HipKnee.Bench -c Release -- <verb> [options]");
    foreach (var known in benchmarks)
    {
        Console.Error.WriteLine($"  {known.Verb,-10} {known.Usage}");
    }

    return 2;
}

return await benchmark.RunAsync(BenchOptions.Parse(args.Skip(1).ToArray()));
