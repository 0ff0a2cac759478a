using System.Text.Json.Nodes;

namespace HipKnee.Bot.Tests.Corpus;

/// <summary>One real-shaped Update JSON document from Corpus/Updates, with the chat it concerns (if any).</summary>
public sealed class CorpusDocument
{
    private CorpusDocument(string json) => Json = json;

    /// <summary>The document exactly as stored.</summary>
    public string Json { get; }

    /// <summary>Documents whose text no JSON library reads back (invalid UTF-16): delivered verbatim.</summary>
    public bool MustBeSentVerbatim => Json.Contains("\\ud800", StringComparison.Ordinal);

    public static CorpusDocument Load(string file) =>
        new(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "Updates", file)));

    /// <summary>The update without its update_id: the fake assigns the next one, as Telegram would.</summary>
    public JsonObject Update()
    {
        var update = JsonNode.Parse(Json)!.AsObject();
        update.Remove("update_id");
        return update;
    }

    /// <summary>The same update in another chat (and from that chat's user, for private chats).</summary>
    public JsonObject UpdateIn(long chatId)
    {
        var update = Update();
        var payload = Payload(update);
        payload["chat"]!["id"] = chatId;
        if (chatId > 0 && payload["from"] is JsonObject from)
        {
            from["id"] = chatId;
        }

        return update;
    }

    public long? ChatId
    {
        get
        {
            var payload = Payload(Update());
            return (payload["chat"] ?? payload["message"]?["chat"])?["id"]?.GetValue<long>();
        }
    }

    private static JsonObject Payload(JsonObject update) => update.Select(p => p.Value).OfType<JsonObject>().First();
}
