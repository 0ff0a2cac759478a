using System.Globalization;

namespace HipKnee.Bench;

/// <summary>Options common to every verb: <c>--quick</c> and <c>--name value</c> pairs.</summary>
public sealed class BenchOptions
{
    private readonly Dictionary<string, string> _values;

    private BenchOptions(bool quick, Dictionary<string, string> values) => (Quick, _values) = (quick, values);

    public bool Quick { get; }

    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var quick = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--quick")
            {
                quick = true;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                values[args[i][2..]] = args[++i];
            }
            else
            {
                throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }

        return new BenchOptions(quick, values);
    }

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public string Text(string name, string fallback) => _values.TryGetValue(name, out var text) ? text : fallback;

    public string[] Texts(string name, string[] fallback) =>
        _values.TryGetValue(name, out var text) ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : fallback;

    public int[] Ints(string name, int[] fallback) =>
        _values.TryGetValue(name, out var text)
            ? text.Split(',').Select(part => int.Parse(part, CultureInfo.InvariantCulture)).ToArray()
            : fallback;
}
