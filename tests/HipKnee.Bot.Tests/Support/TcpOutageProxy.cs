using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace HipKnee.Bot.Tests.Support;

/// <summary>
/// A loopback TCP proxy in front of a database server that a test can cut: while cut, every open connection is reset
/// and every new one is reset on arrival, as a server that went away; restored, it forwards again. The server itself
/// (shared by other tests) is never touched.
/// </summary>
public sealed class TcpOutageProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _upstreamHost;
    private readonly int _upstreamPort;
    private readonly ConcurrentDictionary<TcpClient, TcpClient> _links = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private volatile bool _cut;

    public TcpOutageProxy(string upstreamHost, int upstreamPort)
    {
        (_upstreamHost, _upstreamPort) = (upstreamHost, upstreamPort);
        _listener.Start();
        _accepting = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Resets every open connection and refuses new ones until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        _cut = true;
        foreach (var (client, server) in _links)
        {
            Reset(client);
            Reset(server);
        }
    }

    public void Restore() => _cut = false;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            if (_cut)
            {
                Reset(client);
                continue;
            }

            _ = Task.Run(() => LinkAsync(client));
        }
    }

    private async Task LinkAsync(TcpClient client)
    {
        var server = new TcpClient();
        try
        {
            await server.ConnectAsync(_upstreamHost, _upstreamPort);
            _links[client] = server;
            await Task.WhenAny(
                client.GetStream().CopyToAsync(server.GetStream()),
                server.GetStream().CopyToAsync(client.GetStream()));
        }
        catch (Exception)
        {
            // A reset link ends here; the database client sees its connection broken, as in a real outage.
        }
        finally
        {
            _links.TryRemove(client, out _);
            Reset(client);
            Reset(server);
        }
    }

    private static void Reset(TcpClient connection)
    {
        try
        {
            connection.Client.LingerState = new LingerOption(true, 0);
        }
        catch (Exception)
        {
            // Already closed.
        }

        connection.Dispose();
    }
}
