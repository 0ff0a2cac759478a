using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace HipKnee.Testing.Fakes;

/// <summary>Turns a Bot API request (JSON, form-urlencoded, multipart, query string or empty) into a JSON object.</summary>
internal static class RequestBodyReader
{
    /// <returns>The parameters as a detached JSON object, or null when the body cannot be parsed as one.</returns>
    public static async Task<JsonElement?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        JsonObject? fields;
        if (request.HasFormContentType)
        {
            try
            {
                fields = await ReadFormAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException)
            {
                return null; // malformed form/multipart body: answered with 400
            }
        }
        else
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            fields = buffer.Length == 0 ? [] : ParseObject(buffer.ToArray());
        }

        if (fields is null)
        {
            return null;
        }

        // Telegram also accepts parameters in the query string (typically with GET).
        foreach (var (name, values) in request.Query)
        {
            if (!fields.ContainsKey(name))
            {
                fields[name] = values.ToString();
            }
        }

        return JsonSerializer.SerializeToElement(fields);
    }

    private static JsonObject? ParseObject(byte[] json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<JsonObject> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var fields = new JsonObject();
        foreach (var (name, values) in form)
        {
            fields[name] = values.ToString();
        }

        foreach (var file in form.Files)
        {
            fields[file.Name] = $"<file:{file.FileName}:{file.Length} bytes>";
        }

        return fields;
    }
}
