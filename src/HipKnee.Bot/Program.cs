using HipKnee.Bot.Hosting;

return args.Contains(ConsoleHost.Switch)
    ? await ConsoleHost.RunAsync(args)
    : await BotHost.RunAsync(args);
