namespace HipKnee.Bench;

/// <summary>One benchmark, chosen by its verb on the command line.</summary>
public interface IBenchmark
{
    string Verb { get; }

    string Usage { get; }

    /// <summary>Runs, prints its table and returns the process exit code (non-zero when a target was missed).</summary>
    Task<int> RunAsync(BenchOptions options);
}
