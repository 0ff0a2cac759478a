using System.Net;
using HipKnee.Testing.Fakes;
using HipKnee.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Tests;

public sealed class ObservabilityTests : IAsyncLifetime
{
    private const long Runner = 6006;
    private readonly TestDatabase _db = new();
    private FakeBotApi _api = null!;
    private BotTestHost _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync(BotTestHost.Token);
        _host = await BotTestHost.StartAsync(_api, _db);
        _http = new HttpClient { BaseAddress = _host.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        await _api.DisposeAsync();
        _db.Dispose();
    }

    [Fact]
    public async Task Health_endpoint_reports_healthy_when_the_database_and_scheduler_are_up()
    {
        Assert.Equal("Healthy", await HealthProbe.WaitForHealthyAsync(_host));
    }

    [Fact]
    public async Task Health_endpoint_reports_503_when_the_database_is_gone()
    {
        Assert.Equal("Healthy", await HealthProbe.WaitForHealthyAsync(_host));
        // The store vanishes from under the running bot (the file itself would be recreated on the next open).
        await using (var store = _db.Open())
        {
            await store.Database.ExecuteSqlRawAsync("ALTER TABLE Users RENAME TO UsersGone");
        }

        var response = await _http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.StartsWith("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_count_updates_sessions_and_replies_in_prometheus_text()
    {
        _api.EnqueueText(Runner, "/train");
        for (var set = 0; set < 8; set++)
        {
            _api.EnqueueText(Runner, "done");
        }

        await _api.WaitForSentCountAsync(Runner, 9, Waits.Long);
        var response = await _http.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("hipknee_updates_received_total{type=\"Message\"} 9", text);
        Assert.Contains("hipknee_sessions_started_total 1", text);
        Assert.Contains("hipknee_sessions_completed_total 1", text);
        Assert.Contains("hipknee_update_handling_seconds_count 9", text);
        Assert.Contains("hipknee_active_users 1", text);
        // The four left-side sets go as exercise pictures carrying their prompts.
        Assert.Matches(@"hipknee_replies_sent_total\{kind=""Message""\} [45]", text);
        Assert.Contains("hipknee_replies_sent_total{kind=\"ExercisePicture\"} 4", text);
    }
}
