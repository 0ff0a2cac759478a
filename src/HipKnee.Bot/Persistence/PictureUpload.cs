namespace HipKnee.Bot.Persistence;

/// <summary>
/// Telegram's file id of an exercise picture uploaded once, per picture and language, so every instance and every
/// restart sends it by id instead of uploading it again.
/// </summary>
public sealed class PictureUpload
{
    /// <summary>The picture's file name, e.g. <c>side-plank.zh.png</c>.</summary>
    public string FileName { get; set; } = "";

    public string FileId { get; set; } = "";

    public DateTimeOffset UploadedAt { get; set; }
}
