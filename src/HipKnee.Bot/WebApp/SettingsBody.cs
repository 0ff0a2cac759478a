using System.Text.Json;

namespace HipKnee.Bot.WebApp;

/// <summary>
/// A settings call's JSON body, read by hand so that anything unreadable (not JSON, not an object, a field of the
/// wrong type, over 4 KB) becomes the API's own 400 with a message, never the framework's empty one or a 500.
/// </summary>
public sealed class SettingsBody
{
    private const int MaxBytes = 4096;
    private readonly JsonElement _root;

    private SettingsBody(JsonElement root) => _root = root;

    public static async Task<SettingsBody?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            return document.RootElement.ValueKind == JsonValueKind.Object ? new SettingsBody(document.RootElement.Clone()) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string? String(string name) =>
        _root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public bool? Bool(string name) =>
        _root.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    /// <summary>An array of strings; null when missing or when any item is not a string.</summary>
    public IReadOnlyList<string>? Strings(string name)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > 7)
        {
            return null;
        }

        var items = value.EnumerateArray().ToList();
        return items.All(item => item.ValueKind == JsonValueKind.String) ? items.Select(item => item.GetString()!).ToList() : null;
    }
}
