namespace HipKnee.Bot.Tests.Support;

/// <summary>Reads <c>GET /health</c> like a container orchestrator: the scheduler starts just after the host, so it may take a moment.</summary>
public static class HealthProbe
{
    /// <summary>The body of the first Healthy answer, or of the last answer when none came within <see cref="Waits.Long"/>.</summary>
    public static async Task<string> WaitForHealthyAsync(BotTestHost host)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var timeout = new CancellationTokenSource(Waits.Long);
        while (true)
        {
            var body = await (await http.GetAsync("/health")).Content.ReadAsStringAsync();
            if (body == "Healthy" || timeout.IsCancellationRequested)
            {
                return body;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }
}
