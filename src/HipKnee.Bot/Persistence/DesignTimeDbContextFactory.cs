using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HipKnee.Bot.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the bot.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<HipKneeDbContext>
{
    public HipKneeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<HipKneeDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
