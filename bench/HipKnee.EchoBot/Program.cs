using HipKnee.EchoBot;

// dotnet run --project bench/HipKnee.EchoBot -- <token> <Bot API base URL> <webhook secret> [urls]
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: HipKnee.EchoBot <token> <api base url> <webhook secret> [urls]");
    return 2;
}

await EchoWebhookBot.Build(args[0], args[1], args[2], args.Length > 3 ? args[3] : "http://127.0.0.1:8081").RunAsync();
return 0;
