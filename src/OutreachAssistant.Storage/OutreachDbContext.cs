using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OutreachAssistant.Storage.Entities;

namespace OutreachAssistant.Storage;

/// <summary>The service's own state: cursors, message metadata, threads and the drafts made.</summary>
/// <remarks>On SQLite this type itself; on PostgreSQL <see cref="PostgreSqlOutreachDbContext"/>, the same model with its own migrations.</remarks>
public class OutreachDbContext : DbContext
{
    public OutreachDbContext(DbContextOptions<OutreachDbContext> options)
        : base(options)
    {
    }

    protected OutreachDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>
    /// A thread's contact address folded to upper case, kept beside the address as written: SQL's upper()
    /// folds ASCII only, so the store folds it once, on save, and looks threads up by it.
    /// </summary>
    public const string ContactKey = "ContactKey";

    public DbSet<SyncCursorEntity> SyncCursors => Set<SyncCursorEntity>();

    public DbSet<MessageEntity> Messages => Set<MessageEntity>();

    public DbSet<ThreadEntity> Threads => Set<ThreadEntity>();

    public DbSet<DraftEntity> Drafts => Set<DraftEntity>();

    public DbSet<MailboxStateEntity> MailboxStates => Set<MailboxStateEntity>();

    public DbSet<FindingEntity> Findings => Set<FindingEntity>();

    public DbSet<DraftClaimEntity> DraftClaims => Set<DraftClaimEntity>();

    public DbSet<SkippedMessageEntity> SkippedMessages => Set<SkippedMessageEntity>();

    public DbSet<DigestEntity> Digests => Set<DigestEntity>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite cannot compare DateTimeOffset text; UTC milliseconds sort and compare on every engine.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcMillisecondsConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<SyncCursorEntity>().HasKey(c => new { c.MailboxId, c.Folder });

        var message = modelBuilder.Entity<MessageEntity>();
        message.HasKey(m => new { m.MailboxId, m.MessageId });
        message.HasIndex(m => new { m.MailboxId, m.ConversationId });
        message.HasIndex(m => new { m.MailboxId, m.FromAddress });

        // A message that moved is found again by its Internet id, once per synced page.
        message.HasIndex(m => new { m.MailboxId, m.InternetMessageId });

        var thread = modelBuilder.Entity<ThreadEntity>();
        thread.HasKey(t => t.Id);
        thread.HasIndex(t => new { t.MailboxId, t.ConversationId }).IsUnique();
        thread.HasIndex(t => t.WakeUpAt);
        thread.Property(t => t.Revision).IsConcurrencyToken();
        thread.Property<string>(ContactKey);
        thread.HasIndex(nameof(ThreadEntity.MailboxId), ContactKey);
        thread.HasMany(t => t.Drafts).WithOne().HasForeignKey(d => d.ThreadId);

        modelBuilder.Entity<DraftEntity>().HasKey(d => d.DraftKey);
        modelBuilder.Entity<MailboxStateEntity>().HasKey(m => m.MailboxId);
        modelBuilder.Entity<FindingEntity>().HasIndex(f => f.ThreadId);
        modelBuilder.Entity<DraftClaimEntity>().HasKey(c => c.DraftKey);
        modelBuilder.Entity<SkippedMessageEntity>().HasKey(s => new { s.MailboxId, s.MessageId });
        modelBuilder.Entity<DigestEntity>().HasKey(d => new { d.MailboxId, d.WeekOf });
    }

    public static string ContactKeyOf(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.ToUpperInvariant();
    }

    internal sealed class UtcMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.ToUnixTimeMilliseconds(),
        value => DateTimeOffset.FromUnixTimeMilliseconds(value));
}
