using HipKnee.Bot.Persistence;

namespace HipKnee.Bot.Tests.Support;

/// <summary>A real, empty database of one provider that exists for one test.</summary>
public interface ITestDatabase : IDisposable
{
    /// <summary>The value for <c>Database:Provider</c>.</summary>
    string Provider { get; }

    string ConnectionString { get; }

    /// <summary>A fresh context for asserting on what was stored.</summary>
    HipKneeDbContext Open();
}
