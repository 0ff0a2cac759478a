using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Persistence;

public sealed class HipKneeDbContext(DbContextOptions<HipKneeDbContext> options) : DbContext(options)
{
    public DbSet<UserRecord> Users => Set<UserRecord>();
    public DbSet<SessionRecord> Sessions => Set<SessionRecord>();
    public DbSet<SetResultRecord> SetResults => Set<SetResultRecord>();
    public DbSet<ProcessedUpdate> ProcessedUpdates => Set<ProcessedUpdate>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<PointedGroupChat> PointedGroupChats => Set<PointedGroupChat>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no instant type; Unix milliseconds keep instants comparable and sortable in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserRecord>(user =>
        {
            user.HasKey(u => u.ChatId);
            user.Property(u => u.ChatId).ValueGeneratedNever();
            user.Property(u => u.Language).HasMaxLength(8);
            user.Property(u => u.TimeZoneId).HasMaxLength(64);
            user.Property(u => u.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<SessionRecord>(session =>
        {
            session.HasIndex(s => new { s.ChatId, s.Number }).IsUnique();
            session.HasOne<UserRecord>().WithMany().HasForeignKey(s => s.ChatId).OnDelete(DeleteBehavior.Cascade);
            session.HasMany(s => s.Sets).WithOne(r => r.Session).HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SetResultRecord>().HasIndex(r => new { r.SessionId, r.Step }).IsUnique();

        modelBuilder.Entity<ProcessedUpdate>(processed =>
        {
            processed.HasKey(p => p.UpdateId);
            processed.Property(p => p.UpdateId).ValueGeneratedNever();
        });

        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.Property(o => o.Text).HasMaxLength(8192);
            outbox.Property(o => o.CallbackQueryId).HasMaxLength(128);
            outbox.HasIndex(o => new { o.Status, o.Id });
            // The sender reads one chat's pending messages in order, and asks whether a message is its chat's first.
            outbox.HasIndex(o => new { o.ChatId, o.Status, o.Id });
        });

        modelBuilder.Entity<PointedGroupChat>(group =>
        {
            group.HasKey(g => g.ChatId);
            group.Property(g => g.ChatId).ValueGeneratedNever();
        });
    }
}
