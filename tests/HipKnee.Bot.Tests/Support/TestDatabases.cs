namespace HipKnee.Bot.Tests.Support;

/// <summary>Creates a test database of the provider a theory names, so one test can run on SQLite and PostgreSQL.</summary>
public static class TestDatabases
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static ITestDatabase Create(string provider) => provider switch
    {
        Sqlite => new TestDatabase(),
        Postgres => PostgresTestDatabase.CreateOrSkip(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Sqlite or Postgres"),
    };
}
