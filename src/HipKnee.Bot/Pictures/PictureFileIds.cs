using System.Collections.Concurrent;
using HipKnee.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HipKnee.Bot.Pictures;

/// <summary>
/// Telegram's file ids of the uploaded exercise pictures, kept in the database (shared by every instance, kept over
/// restarts) and remembered in memory once read.
/// </summary>
public sealed class PictureFileIds(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PictureFileIds> logger)
{
    private readonly ConcurrentDictionary<string, string> _known = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _uploads = new();

    /// <summary>One upload of a picture at a time in this process, so a crowd starting at once costs one upload, not one each.</summary>
    public SemaphoreSlim UploadGate(string fileName) => _uploads.GetOrAdd(fileName, _ => new SemaphoreSlim(1, 1));

    public async Task<string?> FindAsync(string fileName, CancellationToken ct)
    {
        if (_known.TryGetValue(fileName, out var cached))
        {
            return cached;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        var stored = await db.PictureUploads.AsNoTracking().Where(u => u.FileName == fileName).Select(u => u.FileId).FirstOrDefaultAsync(ct);
        if (stored is not null)
        {
            _known[fileName] = stored;
        }

        return stored;
    }

    public async Task RememberAsync(string fileName, string fileId, CancellationToken ct)
    {
        _known[fileName] = fileId;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        var row = await db.PictureUploads.FirstOrDefaultAsync(u => u.FileName == fileName, ct);
        if (row is null)
        {
            db.PictureUploads.Add(new PictureUpload { FileName = fileName, FileId = fileId, UploadedAt = clock.GetUtcNow() });
        }
        else
        {
            (row.FileId, row.UploadedAt) = (fileId, clock.GetUtcNow());
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // Another instance stored its own id for the same picture at the same moment: either id works.
            logger.LogDebug(ex, "Picture {FileName} was stored by another instance first", fileName);
        }
    }

    /// <summary>Forgets an id Telegram refused, unless another sender has already replaced it with a fresh one.</summary>
    public async Task ForgetAsync(string fileName, string fileId, CancellationToken ct)
    {
        _known.TryRemove(new KeyValuePair<string, string>(fileName, fileId));
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HipKneeDbContext>();
        await db.PictureUploads.Where(u => u.FileName == fileName && u.FileId == fileId).ExecuteDeleteAsync(ct);
    }
}
