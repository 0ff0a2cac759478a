using Microsoft.EntityFrameworkCore;
using HipKnee.Bot.Inbox;
using HipKnee.Bot.Outbox;

namespace HipKnee.Bot.Persistence;

/// <summary>
/// The store's model, shared by both providers. Each provider has its own subclass so that it has its own
/// migrations set and its own column types (EF Core's way to target several providers from one assembly).
/// </summary>
public abstract class HipKneeDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<UserRecord> Users => Set<UserRecord>();
    public DbSet<SessionRecord> Sessions => Set<SessionRecord>();
    public DbSet<SetResultRecord> SetResults => Set<SetResultRecord>();
    public DbSet<ProcessedUpdate> ProcessedUpdates => Set<ProcessedUpdate>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<SkippedDayRecord> SkippedDays => Set<SkippedDayRecord>();
    public DbSet<InboxUpdate> Inbox => Set<InboxUpdate>();
    public DbSet<LeaseRecord> Leases => Set<LeaseRecord>();
    public DbSet<PointedGroupChat> PointedGroupChats => Set<PointedGroupChat>();
    public DbSet<BroadcastRecord> Broadcasts => Set<BroadcastRecord>();
    public DbSet<PainEntryRecord> PainEntries => Set<PainEntryRecord>();
    public DbSet<DeadLetter> DeadLetters => Set<DeadLetter>();
    public DbSet<MorningCheckRecord> MorningChecks => Set<MorningCheckRecord>();
    public DbSet<PictureUpload> PictureUploads => Set<PictureUpload>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserRecord>(user =>
        {
            user.HasKey(u => u.ChatId);
            user.Property(u => u.ChatId).ValueGeneratedNever();
            user.Property(u => u.Language).HasMaxLength(8);
            user.Property(u => u.TimeZoneId).HasMaxLength(64);
            user.Property(u => u.Version).IsConcurrencyToken();
            user.Property(u => u.LanguageCode).HasMaxLength(UserRecord.LanguageCodeMaxLength);
            user.HasIndex(u => new { u.IsActive, u.NextNudgeAt });
            user.HasIndex(u => new { u.IsActive, u.NextSummaryAt });
            user.HasIndex(u => new { u.IsActive, u.NextTimerAt });
            user.HasIndex(u => new { u.IsActive, u.NextMorningCheckAt });
            user.Property(u => u.Levels).HasMaxLength(32);
            user.Property(u => u.LevelChangeTimes).HasMaxLength(96);
        });

        modelBuilder.Entity<SessionRecord>(session =>
        {
            session.HasIndex(s => new { s.ChatId, s.Number }).IsUnique();
            session.HasOne<UserRecord>().WithMany().HasForeignKey(s => s.ChatId).OnDelete(DeleteBehavior.Cascade);
            session.HasMany(s => s.Sets).WithOne(r => r.Session).HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SkippedDayRecord>(skipped =>
        {
            skipped.HasKey(d => new { d.ChatId, d.Day });
            skipped.HasOne<UserRecord>().WithMany().HasForeignKey(d => d.ChatId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PainEntryRecord>(pain =>
        {
            pain.ToTable("PainEntries");
            pain.HasIndex(p => new { p.ChatId, p.At });
            pain.HasOne<UserRecord>().WithMany().HasForeignKey(p => p.ChatId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<MorningCheckRecord>(check =>
        {
            check.HasIndex(c => new { c.ChatId, c.Day });
            check.HasOne<UserRecord>().WithMany().HasForeignKey(c => c.ChatId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SetResultRecord>().HasIndex(r => new { r.SessionId, r.Step }).IsUnique();

        modelBuilder.Entity<ProcessedUpdate>(processed =>
        {
            processed.HasKey(p => p.UpdateId);
            processed.Property(p => p.UpdateId).ValueGeneratedNever();
        });

        modelBuilder.Entity<InboxUpdate>(inbox =>
        {
            inbox.ToTable("Inbox");
            inbox.HasKey(i => i.UpdateId);
            inbox.Property(i => i.UpdateId).ValueGeneratedNever();
            inbox.HasIndex(i => new { i.ChatId, i.UpdateId });
            inbox.Property(i => i.OwnerId).HasMaxLength(128);
        });

        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.Property(o => o.Text).HasMaxLength(8192);
            outbox.Property(o => o.CallbackQueryId).HasMaxLength(128);
            outbox.Property(o => o.Tag).HasMaxLength(64);
            outbox.Property(o => o.FileName).HasMaxLength(128);
            outbox.HasIndex(o => new { o.ChatId, o.Tag });
            outbox.HasIndex(o => new { o.Status, o.Id });
            // The sender reads one chat's pending messages in order, and asks whether a message is its chat's first.
            outbox.HasIndex(o => new { o.ChatId, o.Status, o.Id });
            // The sender looks for due replies first; this walks only the pending replies, however large a fan-out.
            outbox.HasIndex(o => new { o.Status, o.Topic, o.Id });
            outbox.HasIndex(o => new { o.BroadcastId, o.Status });
            outbox.HasIndex(o => new { o.Topic, o.CreatedAt });
        });

        modelBuilder.Entity<PointedGroupChat>(group =>
        {
            group.HasKey(g => g.ChatId);
            group.Property(g => g.ChatId).ValueGeneratedNever();
        });

        modelBuilder.Entity<BroadcastRecord>(broadcast =>
        {
            broadcast.Property(b => b.Text).HasMaxLength(4096);
            broadcast.Property(b => b.Version).IsConcurrencyToken();
            broadcast.HasIndex(b => b.Status);
        });

        modelBuilder.Entity<DeadLetter>(letter =>
        {
            letter.Property(d => d.Error).HasMaxLength(2048);
            letter.HasIndex(d => d.UpdateId);
        });

        modelBuilder.Entity<PictureUpload>(upload =>
        {
            upload.HasKey(u => u.FileName);
            upload.Property(u => u.FileName).HasMaxLength(128);
            upload.Property(u => u.FileId).HasMaxLength(256);
        });

        modelBuilder.Entity<LeaseRecord>(lease =>
        {
            lease.HasKey(l => l.Name);
            // Room for an instance's liveness lease, named after its id (up to 128 characters).
            lease.Property(l => l.Name).HasMaxLength(160);
            lease.Property(l => l.HolderId).HasMaxLength(128);
        });
    }
}
